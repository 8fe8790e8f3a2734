// 受理分类: prefilled from the classifier's suggestion, so one tap accepts it; any change is recorded as a correction.
import { View } from '@tarojs/components'
import { useEffect } from 'react'
import { CATEGORIES, CATEGORY_CODES } from '@core/domain/category'
import { useShuoshiStore } from '@/stores'
import FormShell from './FormShell'
import ChoiceField from './fields/ChoiceField'
import type { ActionFormProps } from './form-types'
import SuggestionBox from './SuggestionBox'

export default function TriageForm({ item }: ActionFormProps) {
  const units = useShuoshiStore((state) => state.directory?.units)
  const loadDirectory = useShuoshiStore((state) => state.loadDirectory)
  useEffect(() => void loadDirectory(), [loadDirectory])
  const suggested = item.suggestion
  const mark = (yes: boolean) => (yes ? '建议' : undefined)
  return (
    <FormShell title='受理分类' submitText='确认受理' fields={['category', 'urgency', 'unitId']}>
      {suggested ? <SuggestionBox suggestion={suggested} /> : <View className='action-form__explain'>没有智能分类建议，请选择分类。</View>}
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
