// 入户记录: the grid worker's households in the topic, each with what was recorded (or 未作答); choose an option
// (and a note, when the topic takes them) and 记录这一户. A household that answered in the app shows its answer and
// cannot be overwritten (the server says so).
import { Input, View } from '@tarojs/components'
import { useState } from 'react'
import type { TopicHouseholdRow, TopicView } from '@core/contracts/topic-views'
import TopicOptions from '@/components/topics/TopicOptions'

interface Props {
  topic: TopicView
  busy: boolean
  onRecord: (householdId: string, optionId: string | undefined, comment: string | undefined) => Promise<boolean>
}

export default function HouseholdAnswers({ topic, busy, onRecord }: Props) {
  const [open, setOpen] = useState<string | undefined>()
  const [optionId, setOptionId] = useState<string | undefined>()
  const [comment, setComment] = useState('')
  const label = (row: TopicHouseholdRow) => {
    if (!row.answer) return '未作答'
    const option = topic.options.find((o) => o.id === row.answer!.optionId)?.label
    return `${option ?? '已作答'}${row.answer.channel === 'app' ? '（居民自己提交）' : '（入户记录）'}`
  }
  const start = (row: TopicHouseholdRow) => {
    setOpen(row.householdId)
    setOptionId(row.answer?.optionId)
    setComment(row.answer?.comment ?? '')
  }
  const record = async (householdId: string) => {
    if (await onRecord(householdId, optionId, comment.trim() || undefined)) setOpen(undefined)
  }
  return (
    <View className='household-answers'>
      {topic.canAnswer ? <View className='household-answers__hint'>点一户，记下居民的意见（每户一份，居民自己提交的不能改）</View> : null}
      {(topic.households ?? []).map((row) => (
        <View key={row.householdId} className='household-answers__row'>
          <View className='household-answers__head' hoverClass='household-answers__head--pressed' onClick={() => (topic.canAnswer ? start(row) : undefined)}>
            <View className='household-answers__who'>
              {row.buildingName} {row.room} {row.headName}
            </View>
            <View className={`household-answers__state${row.answer ? ' household-answers__state--done' : ''}`}>{label(row)}</View>
          </View>
          {open === row.householdId ? (
            <View className='household-answers__form'>
              {topic.options.length > 0 ? <TopicOptions compact options={topic.options} chosen={optionId} onChoose={setOptionId} /> : null}
              {topic.allowComment ? <Input className='household-answers__input' value={comment} maxlength={-1} placeholder='居民的话（可不填）' onInput={(e) => setComment(e.detail.value)} /> : null}
              <View className='household-answers__buttons'>
                <View className='household-answers__button' hoverClass='household-answers__button--pressed' onClick={() => (busy ? undefined : void record(row.householdId))}>
                  {busy ? '正在记录…' : '记录这一户'}
                </View>
                <View className='household-answers__button household-answers__button--plain' onClick={() => setOpen(undefined)}>
                  取消
                </View>
              </View>
            </View>
          ) : null}
        </View>
      ))}
    </View>
  )
}
