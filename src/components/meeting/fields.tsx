// Labelled fields of the meeting forms, holding their value in the form's own state (the case forms use the store's).
import { Input, Textarea, View } from '@tarojs/components'
import '@/components/actions/ActionForm.scss'

interface TextProps {
  label: string
  value: string
  onChange: (value: string) => void
  placeholder?: string
  multiline?: boolean
  type?: 'text' | 'number'
}

export function MeetingText({ label, value, onChange, placeholder, multiline = false, type = 'text' }: TextProps) {
  return (
    <View className='action-field'>
      <View className='action-field__label'>{label}</View>
      {multiline ? (
        <Textarea className='action-field__textarea' value={value} maxlength={-1} placeholder={placeholder} onInput={(event) => onChange(event.detail.value)} />
      ) : (
        <Input className='action-field__input' type={type} value={value} maxlength={-1} placeholder={placeholder} onInput={(event) => onChange(event.detail.value)} />
      )}
    </View>
  )
}

interface ChipsProps<T extends string | number> {
  label: string
  choices: Array<{ value: T; text: string }>
  /** One value, or several when `many`. */
  value: T | T[] | undefined
  onChange: (value: T) => void
}

export function MeetingChips<T extends string | number>({ label, choices, value, onChange }: ChipsProps<T>) {
  const chosen = (v: T) => (Array.isArray(value) ? value.includes(v) : value === v)
  return (
    <View className='action-field'>
      <View className='action-field__label'>{label}</View>
      <View className='action-chips'>
        {choices.map((choice) => (
          <View key={String(choice.value)} className={`action-chip${chosen(choice.value) ? ' action-chip--chosen' : ''}`} hoverClass='action-chip--pressed' onClick={() => onChange(choice.value)}>
            {choice.text}
          </View>
        ))}
      </View>
    </View>
  )
}

interface ButtonsProps {
  submitText: string
  busy?: boolean
  error?: string
  onSubmit: () => void
  onCancel?: () => void
}

export function MeetingFormButtons({ submitText, busy, error, onSubmit, onCancel }: ButtonsProps) {
  return (
    <View>
      {error ? <View className='error-text'>{error}</View> : null}
      <View className='action-form__buttons'>
        <View className={`action-form__submit${busy ? ' action-form__submit--busy' : ''}`} hoverClass='action-form__submit--pressed' onClick={() => !busy && onSubmit()}>
          {busy ? '正在提交…' : submitText}
        </View>
        {onCancel ? (
          <View className='action-form__cancel' hoverClass='action-form__cancel--pressed' onClick={onCancel}>
            取消
          </View>
        ) : null}
      </View>
    </View>
  )
}
