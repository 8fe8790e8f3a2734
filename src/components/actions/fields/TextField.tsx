// One labelled text field of an action form: a line (Input) or a paragraph (Textarea), with its inline error.
import { Input, Textarea, View } from '@tarojs/components'
import { useShuoshiStore } from '@/stores'
import FieldError from './FieldError'

interface Props {
  name: string
  label: string
  placeholder?: string
  /** Counted in characters, as the server counts. */
  maxLength: number
  multiline?: boolean
  type?: 'text' | 'number'
}

export default function TextField({ name, label, placeholder, maxLength, multiline = false, type = 'text' }: Props) {
  const raw = useShuoshiStore((state) => state.actionForm?.values[name])
  const setFormValue = useShuoshiStore((state) => state.setFormValue)
  const value = raw === undefined || raw === null ? '' : String(raw)
  const onInput = (text: string) => setFormValue(name, type === 'number' ? (text.trim() === '' ? undefined : Number(text)) : text)
  return (
    <View className='action-field'>
      <View className='action-field__label'>{label}</View>
      {multiline ? (
        <Textarea
          className='action-field__textarea'
          value={value}
          maxlength={-1}
          placeholder={placeholder}
          onInput={(event) => onInput(event.detail.value)}
        />
      ) : (
        <Input className='action-field__input' type={type === 'number' ? 'number' : 'text'} value={value} maxlength={-1} placeholder={placeholder} onInput={(event) => onInput(event.detail.value)} />
      )}
      {multiline ? <View className='action-field__count'>{Array.from(value.trim()).length}/{maxLength}</View> : null}
      <FieldError name={name} />
    </View>
  )
}
