// Forms that only confirm (接收办理, 同意延期, 提级督办, 结案), with what will happen and an optional note.
import { View } from '@tarojs/components'
import { LIMITS } from '@core/contracts/functions'
import FormShell from './FormShell'
import TextField from './fields/TextField'
import type { ActionFormProps } from './form-types'

interface Options {
  title: string
  submitText: string
  /** One sentence: what happens on confirm. */
  explain: (props: ActionFormProps) => string
}

export function confirmForm({ title, submitText, explain }: Options) {
  return function ConfirmForm(props: ActionFormProps) {
    return (
      <FormShell title={title} submitText={submitText} fields={['note']}>
        <View className='action-form__explain'>{explain(props)}</View>
        <TextField name='note' label='备注（可不填）' placeholder='' maxLength={LIMITS.note} multiline />
      </FormShell>
    )
  }
}
