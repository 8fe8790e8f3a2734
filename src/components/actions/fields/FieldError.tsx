// The form's error shown under the field it is about.
import { View } from '@tarojs/components'
import { useShuoshiStore } from '@/stores'

export default function FieldError({ name }: { name: string }) {
  const error = useShuoshiStore((state) => (state.actionForm?.field === name ? state.actionForm.error : undefined))
  return error ? <View className='error-text action-field__error'>{error}</View> : null
}
