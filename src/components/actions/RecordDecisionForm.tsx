// 记录议事决议: what the roundtable decided (solution and measures).
import { View } from '@tarojs/components'
import { LIMITS } from '@core/contracts/functions'
import FormShell from './FormShell'
import TextField from './fields/TextField'
import type { ActionFormProps } from './form-types'
import { dateLabel } from './meeting-dates'

export default function RecordDecisionForm({ item }: ActionFormProps) {
  return (
    <FormShell title='记录议事决议' submitText='保存决议' fields={['decision']}>
      {item.meeting ? (
        <View className='action-form__explain'>
          议事会：{dateLabel(item.meeting.date)}，{item.meeting.place}
        </View>
      ) : null}
      <TextField name='decision' label='议事决议' placeholder='会上商定的解决办法、措施和分工' maxLength={LIMITS.note} multiline />
    </FormShell>
  )
}
