// One labelled input with its inline message underneath (red, in Chinese) when what was typed is not right.
import { Input, View } from '@tarojs/components'
import './TextField.scss'

interface Props {
  label: string
  value: string
  onInput: (value: string) => void
  placeholder?: string
  type?: 'text' | 'number'
  /** "必填" / "可不填" beside the label. */
  note?: string
  error?: string
}

export default function TextField({ label, value, onInput, placeholder, type = 'text', note, error }: Props) {
  return (
    <View className={`text-field${error ? ' text-field--wrong' : ''}`}>
      <View className='text-field__label'>
        {label}
        {note ? <View className='text-field__note'>{note}</View> : null}
      </View>
      <Input
        className='text-field__input'
        type={type}
        value={value}
        maxlength={60}
        placeholder={placeholder}
        placeholderClass='text-field__placeholder'
        onInput={(event) => onInput(event.detail.value)}
      />
      {error ? <View className='intake-error'>{error}</View> : null}
    </View>
  )
}
