// 申请延期: how many more working days, and why.
import { LIMITS } from '@core/contracts/functions'
import FormShell from './FormShell'
import ChoiceField from './fields/ChoiceField'
import TextField from './fields/TextField'
import type { ActionFormProps } from './form-types'

export default function ExtensionForm(_: ActionFormProps) {
  return (
    <FormShell title='申请延期' submitText='提交申请' fields={['days', 'note']}>
      <ChoiceField name='days' label='延期（工作日）' choices={[2, 3, 5, 10].map((n) => ({ value: n, text: `${n}天` }))} />
      <TextField name='days' label='或者填天数（1–30）' type='number' maxLength={2} />
      <TextField name='note' label='延期原因' placeholder='为什么需要更多时间' maxLength={LIMITS.note} multiline />
    </FormShell>
  )
}
