// 当场解决 and 办结: the result, in words, with photos of what was done.
import { LIMITS } from '@core/contracts/functions'
import FormShell from './FormShell'
import PhotoField from './fields/PhotoField'
import TextField from './fields/TextField'
import type { ActionFormProps } from './form-types'

export function resultForm(title: string, submitText: string) {
  return function ResultForm(_: ActionFormProps) {
    return (
      <FormShell title={title} submitText={submitText} fields={['result']}>
        <TextField name='result' label='办理结果' placeholder='做了什么，现在怎么样了' maxLength={LIMITS.note} multiline />
        <PhotoField label='现场照片（办好后的样子）' />
      </FormShell>
    )
  }
}
