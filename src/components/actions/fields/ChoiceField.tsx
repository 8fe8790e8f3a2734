// A labelled set of tappable chips (分类, 承办单位, 层级, 评价 …): one value of a form field.
import { View } from '@tarojs/components'
import { useShuoshiStore } from '@/stores'
import FieldError from './FieldError'

export interface ChipChoice {
  value: string | number
  text: string
  /** A small note under the text, e.g. 建议. */
  hint?: string
}

interface Props {
  name: string
  label: string
  choices: ChipChoice[]
}

export default function ChoiceField({ name, label, choices }: Props) {
  const value = useShuoshiStore((state) => state.actionForm?.values[name])
  const setFormValue = useShuoshiStore((state) => state.setFormValue)
  return (
    <View className='action-field'>
      <View className='action-field__label'>{label}</View>
      <View className='action-chips'>
        {choices.map((choice) => (
          <View
            key={String(choice.value)}
            className={`action-chip${choice.value === value ? ' action-chip--chosen' : ''}`}
            hoverClass='action-chip--pressed'
            onClick={() => setFormValue(name, choice.value)}
          >
            {choice.text}
            {choice.hint ? <View className='action-chip__hint'>{choice.hint}</View> : null}
          </View>
        ))}
      </View>
      <FieldError name={name} />
    </View>
  )
}
