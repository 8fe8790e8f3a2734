// 受理分类: prefilled from the classifier's suggestion, so one tap accepts it; any change is recorded as a correction.
// A voice-only report (语音待转写) has no suggestion yet: staff listen and type its gist, which becomes its text and is
// classified on the server.
import { View } from '@tarojs/components'
import { useEffect } from 'react'
import { CATEGORIES, CATEGORY_CODES } from '@core/domain/category'
import { LIMITS } from '@core/contracts/functions'
import { NEEDS_TRANSCRIPT_LABEL } from '@core/domain/voice'
import { useShuoshiStore } from '@/stores'
import FormShell from './FormShell'
import ChoiceField from './fields/ChoiceField'
import TextField from './fields/TextField'
import type { ActionFormProps } from './form-types'
import SuggestionBox from './SuggestionBox'

export default function TriageForm({ item }: ActionFormProps) {
  const units = useShuoshiStore((state) => state.directory?.units)
  const loadDirectory = useShuoshiStore((state) => state.loadDirectory)
  useEffect(() => void loadDirectory(), [loadDirectory])
  const suggested = item.suggestion
  const mark = (yes: boolean) => (yes ? '建议' : undefined)
  return (
    <FormShell title='受理分类' submitText='确认受理' fields={['gist', 'category', 'urgency', 'unitId']}>
      {item.needsTranscript ? (
        <>
          <View className='action-form__explain'>{NEEDS_TRANSCRIPT_LABEL}：请先听上面的录音，把说的事写下来（会作为事项内容，并重新智能分类）。</View>
          <TextField name='gist' label='录音内容摘要' placeholder='比如：3栋门口垃圾几天没人清运' maxLength={LIMITS.caseText} multiline />
        </>
      ) : null}
      {suggested ? <SuggestionBox suggestion={suggested} /> : item.needsTranscript ? null : <View className='action-form__explain'>没有智能分类建议，请选择分类。</View>}
      <ChoiceField
        name='category'
        label='分类'
        choices={CATEGORY_CODES.map((code) => ({ value: code, text: CATEGORIES[code].label, hint: mark(suggested?.category === code) }))}
      />
      <ChoiceField
        name='urgency'
        label='紧急程度'
        choices={[
          { value: 'normal', text: '一般', hint: mark(suggested ? !suggested.urgent : false) },
          { value: 'urgent', text: '紧急', hint: mark(Boolean(suggested?.urgent)) },
        ]}
      />
      <ChoiceField
        name='unitId'
        label='建议承办单位（可不选）'
        choices={(units ?? []).map((unit) => ({ value: unit.id, text: unit.name, hint: mark(suggested?.unitId === unit.id) }))}
      />
    </FormShell>
  )
}
