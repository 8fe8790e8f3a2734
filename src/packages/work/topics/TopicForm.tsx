// 发起定题说事: the question, its options (or only free answers), whom to ask (chosen buildings, a grid or the whole
// community), per person or per household, and the opening and closing dates. Saved as a draft; the topic page
// publishes it. The server checks everything again and names the field it refuses.
import { Input, Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import type { TopicAudience } from '@core/domain/topic'
import { TOPIC_AUDIENCE_LABELS } from '@core/domain/topic'
import { TOPIC_LIMITS } from '@core/contracts/topic-inputs'
import BigButton from '@/components/BigButton'
import type { TopicDirectory, TopicForm as TopicFormValues } from '@/stores/topics-slice'
import Chips from './chips'
import { closingChoices, openingChoices } from './topic-dates'

interface Props {
  directory?: TopicDirectory
  busy: boolean
  error?: { message: string; field?: string }
  onSubmit: (form: TopicFormValues) => void
  onCancel: () => void
}

const AUDIENCES: TopicAudience[] = ['buildings', 'grid', 'community']

export default function TopicForm({ directory, busy, error, onSubmit, onCancel }: Props) {
  const now = new Date()
  const [question, setQuestion] = useState('')
  const [description, setDescription] = useState('')
  const [options, setOptions] = useState<string[]>(['同意', '不同意'])
  const [allowComment, setAllowComment] = useState(true)
  const [audience, setAudience] = useState<TopicAudience>('buildings')
  const [gridId, setGridId] = useState<string | undefined>()
  const [buildingIds, setBuildingIds] = useState<string[]>([])
  const [perHousehold, setPerHousehold] = useState(false)
  const [opensOn, setOpensOn] = useState(openingChoices(now)[0].key)
  const [closesOn, setClosesOn] = useState(closingChoices(now)[0].key)

  const setOption = (index: number, text: string) => setOptions(options.map((option, i) => (i === index ? text : option)))
  const toggleBuilding = (id: string) => setBuildingIds(buildingIds.includes(id) ? buildingIds.filter((b) => b !== id) : [...buildingIds, id])
  const fieldError = (field: string) => (error?.field === field ? <View className='error-text'>{error.message}</View> : null)
  const submit = () =>
    onSubmit({
      question: question.trim(),
      ...(description.trim() ? { description: description.trim() } : {}),
      options: options.map((o) => o.trim()).filter(Boolean),
      allowComment,
      audience,
      ...(audience === 'grid' && gridId ? { gridId } : {}),
      buildingIds: audience === 'buildings' ? buildingIds : [],
      perHousehold,
      opensOn,
      closesOn,
    })

  return (
    <View className='topic-form'>
      <View className='topic-form__title'>发起定题说事</View>
      <View className='topic-form__label'>要征求意见的事</View>
      <Input className='topic-form__input' value={question} maxlength={-1} placeholder='如：一楼楼道是否封闭垃圾通道？' onInput={(e) => setQuestion(e.detail.value)} />
      {fieldError('question')}
      <View className='topic-form__label'>说明（可不填）</View>
      <Textarea className='topic-form__textarea' value={description} maxlength={-1} placeholder='背景、方案、费用等' onInput={(e) => setDescription(e.detail.value)} />
      {fieldError('description')}

      <View className='topic-form__label'>选项（居民选一个；不设选项则只收集意见）</View>
      {options.map((option, index) => (
        <View key={index} className='topic-form__option'>
          <Input className='topic-form__input topic-form__input--option' value={option} maxlength={-1} placeholder={`选项${index + 1}`} onInput={(e) => setOption(index, e.detail.value)} />
          <View className='topic-form__remove' hoverClass='topic-form__remove--pressed' onClick={() => setOptions(options.filter((_, i) => i !== index))}>删除</View>
        </View>
      ))}
      {options.length < TOPIC_LIMITS.options ? <View className='topic-form__add' hoverClass='topic-form__add--pressed' onClick={() => setOptions([...options, ''])}>＋ 添加选项</View> : null}
      {fieldError('options')}
      <View className='topic-form__label'>居民可以写意见吗</View>
      <Chips chips={[{ key: 'yes', text: '可以写' }, { key: 'no', text: '只选选项' }]} chosen={[allowComment ? 'yes' : 'no']} onToggle={(key) => setAllowComment(key === 'yes')} />

      <View className='topic-form__label'>征询范围</View>
      <Chips chips={AUDIENCES.map((key) => ({ key, text: TOPIC_AUDIENCE_LABELS[key] }))} chosen={[audience]} onToggle={(key) => setAudience(key as TopicAudience)} />
      {audience === 'buildings' ? <Chips chips={(directory?.buildings ?? []).map((b) => ({ key: b.id, text: b.name }))} chosen={buildingIds} onToggle={toggleBuilding} /> : null}
      {audience === 'grid' ? <Chips chips={(directory?.grids ?? []).map((g) => ({ key: g.id, text: g.name }))} chosen={gridId ? [gridId] : []} onToggle={setGridId} /> : null}
      {fieldError('buildingIds')}
      {fieldError('gridId')}

      <View className='topic-form__label'>怎么计票</View>
      <Chips chips={[{ key: 'person', text: '每人一份' }, { key: 'household', text: '每户一份' }]} chosen={[perHousehold ? 'household' : 'person']} onToggle={(key) => setPerHousehold(key === 'household')} />

      <View className='topic-form__label'>开始日期</View>
      <Chips chips={openingChoices(now)} chosen={[opensOn]} onToggle={setOpensOn} />
      <Input className='topic-form__input' value={opensOn} maxlength={10} placeholder='如 2026-12-05' onInput={(e) => setOpensOn(e.detail.value.trim())} />
      {fieldError('opensOn')}
      <View className='topic-form__label'>截止日期（当天24点截止）</View>
      <Chips chips={closingChoices(now)} chosen={[closesOn]} onToggle={setClosesOn} />
      <Input className='topic-form__input' value={closesOn} maxlength={10} placeholder='如 2026-12-12' onInput={(e) => setClosesOn(e.detail.value.trim())} />
      {fieldError('closesOn')}

      {error && !error.field ? <View className='error-text'>{error.message}</View> : null}
      {error?.field ? <View className='error-text'>请按提示修改后再保存</View> : null}
      <BigButton text={busy ? '正在保存…' : '保存（发布前可检查）'} disabled={busy} onClick={submit} />
      <BigButton kind='plain' text='取消' onClick={onCancel} />
    </View>
  )
}
