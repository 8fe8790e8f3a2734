// 公示结果: an editable public text, shown first exactly as the 公示栏 will show it (name masked or 匿名).
import { View } from '@tarojs/components'
import { LIMITS } from '@core/contracts/functions'
import { maskName } from '@core/domain/masking'
import { useShuoshiStore } from '@/stores'
import { firstLine } from '@/stores/selectors'
import FormShell from './FormShell'
import TextField from './fields/TextField'
import type { ActionFormProps } from './form-types'

export default function PublishForm({ item }: ActionFormProps) {
  const text = useShuoshiStore((state) => state.actionForm?.values.publishedResult)
  const name = item.anonymous ? '匿名' : maskName(item.petitioner.name)
  return (
    <FormShell title='公示办理结果' submitText='确认公示' fields={['publishedResult']}>
      <TextField name='publishedResult' label='公示内容（居民都能看到，不要写姓名、电话、门牌）' maxLength={LIMITS.note} multiline />
      <View className='action-field__label'>公示栏上会这样显示：</View>
      <View className='board-preview'>
        <View className='board-preview__head'>
          {item.categoryLabel ?? '事项'} · {name}
        </View>
        <View className='board-preview__summary'>{firstLine(item.text, 20)}</View>
        <View className='board-preview__result'>{typeof text === 'string' && text.trim() ? text : '（请填写公示内容）'}</View>
        {item.unitName ? <View className='board-preview__unit'>承办：{item.unitName}</View> : null}
      </View>
    </FormShell>
  )
}
