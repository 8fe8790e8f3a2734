// 合并重复: the community's open cases with similar text, best first; pick the one that carries on.
import { View } from '@tarojs/components'
import { useEffect } from 'react'
import { LIMITS } from '@core/contracts/functions'
import { firstLine } from '@/stores/selectors'
import { useShuoshiStore } from '@/stores'
import FormShell from './FormShell'
import FieldError from './fields/FieldError'
import TextField from './fields/TextField'
import type { ActionFormProps } from './form-types'

export default function MergeForm({ item }: ActionFormProps) {
  const similar = useShuoshiStore((state) => state.similar[item.id])
  const chosen = useShuoshiStore((state) => state.actionForm?.values.intoCaseId)
  const loadSimilar = useShuoshiStore((state) => state.loadSimilar)
  const setFormValue = useShuoshiStore((state) => state.setFormValue)
  useEffect(() => void loadSimilar(item.id), [item.id, loadSimilar])
  return (
    <FormShell title='合并重复事项' submitText='确认合并' fields={['intoCaseId', 'note']}>
      <View className='action-form__explain'>合并后这件事不再单独办理，说事人会收到通知，并能看到合并到哪一件。</View>
      <View className='action-field__label'>合并到（相似的未办结事项）</View>
      {similar?.loading && similar.items.length === 0 ? <View className='action-form__explain'>正在查找相似事项…</View> : null}
      {similar?.error ? <View className='error-text'>{similar.error}</View> : null}
      {similar && !similar.loading && similar.items.length === 0 && !similar.error ? <View className='action-form__explain'>没有可以合并的未办结事项</View> : null}
      {(similar?.items ?? []).map((candidate) => (
        <View
          key={candidate.id}
          className={`merge-candidate${chosen === candidate.id ? ' merge-candidate--chosen' : ''}`}
          hoverClass='merge-candidate--pressed'
          onClick={() => setFormValue('intoCaseId', candidate.id)}
        >
          <View className='merge-candidate__head'>
            {candidate.caseNo} · {candidate.statusLabel} · 相似度 {Math.round(candidate.similarity * 100)}%
          </View>
          <View className='merge-candidate__text'>{firstLine(candidate.text, 40)}</View>
        </View>
      ))}
      <FieldError name='intoCaseId' />
      <TextField name='note' label='备注（可不填）' maxLength={LIMITS.note} multiline />
    </FormShell>
  )
}
