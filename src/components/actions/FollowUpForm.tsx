// 回访: for a petitioner without the app, staff or the grid worker record their answer from a call or a visit.
import { View } from '@tarojs/components'
import { LIMITS } from '@core/contracts/functions'
import { FOLLOW_UP_METHOD_LABELS, FOLLOW_UP_METHODS, RATING_LABELS, RATINGS } from '@core/domain/case'
import FormShell from './FormShell'
import ChoiceField from './fields/ChoiceField'
import TextField from './fields/TextField'
import type { ActionFormProps } from './form-types'

export default function FollowUpForm({ item }: ActionFormProps) {
  return (
    <FormShell title='回访评价' submitText='记录回访' fields={['method', 'rating', 'comment']}>
      <View className='action-form__explain'>
        请联系说事人 {item.petitioner.name}
        {item.petitioner.phone ? `（${item.petitioner.phone}）` : ''}，问问对办理结果是否满意，照实记录。
      </View>
      <ChoiceField name='method' label='回访方式' choices={FOLLOW_UP_METHODS.map((method) => ({ value: method, text: FOLLOW_UP_METHOD_LABELS[method] }))} />
      <ChoiceField name='rating' label='说事人的评价' choices={RATINGS.map((rating) => ({ value: rating, text: RATING_LABELS[rating] }))} />
      <TextField name='comment' label='说事人的原话（可不填）' maxLength={LIMITS.note} multiline />
    </FormShell>
  )
}
