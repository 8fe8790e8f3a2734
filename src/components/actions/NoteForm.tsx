// Forms that are one required note, with photos where they help: 办理进展, 不同意延期, 退回, 督办记录.
import { LIMITS } from '@core/contracts/functions'
import FormShell from './FormShell'
import PhotoField from './fields/PhotoField'
import TextField from './fields/TextField'
import type { ActionFormProps } from './form-types'

interface Options {
  title: string
  label: string
  placeholder: string
  submitText: string
  photos?: boolean
}

export function noteForm({ title, label, placeholder, submitText, photos = false }: Options) {
  return function NoteForm(_: ActionFormProps) {
    return (
      <FormShell title={title} submitText={submitText} fields={['note']}>
        <TextField name='note' label={label} placeholder={placeholder} maxLength={LIMITS.note} multiline />
        {photos ? <PhotoField /> : null}
      </FormShell>
    )
  }
}
