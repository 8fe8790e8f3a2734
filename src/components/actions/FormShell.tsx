// The frame of every action form: its title, the fields, a message not tied to one field, 确定 and 取消.
import { View } from '@tarojs/components'
import type { PropsWithChildren } from 'react'
import { useShuoshiStore } from '@/stores'
import type { FormValues } from '@/stores/workbench-slice'

interface Props {
  title: string
  /** The confirm button's words, e.g. 确认交办. */
  submitText: string
  /** A check the schema cannot make (e.g. a date in the past), run before sending. */
  check?: (values: FormValues) => { field: string; message: string } | undefined
  /** Field names shown by this form: an error about another field is shown at the bottom. */
  fields?: string[]
}

export default function FormShell({ title, submitText, check, fields = [], children }: PropsWithChildren<Props>) {
  const submitting = useShuoshiStore((state) => Boolean(state.actionForm?.submitting))
  const error = useShuoshiStore((state) => state.actionForm?.error)
  const field = useShuoshiStore((state) => state.actionForm?.field)
  const runAction = useShuoshiStore((state) => state.runAction)
  const closeActionForm = useShuoshiStore((state) => state.closeActionForm)
  const shownInline = Boolean(field && (fields.includes(field) || field === 'attachments'))
  return (
    <View className='action-form'>
      <View className='action-form__title'>{title}</View>
      {children}
      {error && !shownInline ? <View className='error-text'>{error}</View> : null}
      <View className='action-form__buttons'>
        <View
          className={`action-form__submit${submitting ? ' action-form__submit--busy' : ''}`}
          hoverClass='action-form__submit--pressed'
          onClick={() => void runAction(check)}
        >
          {submitting ? '正在提交…' : submitText}
        </View>
        <View className='action-form__cancel' hoverClass='action-form__cancel--pressed' onClick={closeActionForm}>
          取消
        </View>
      </View>
    </View>
  )
}
