// 转交: not the community's to handle — to whom and why; the resident sees it as 转交.
import { View } from '@tarojs/components'
import { LIMITS } from '@core/contracts/functions'
import FormShell from './FormShell'
import TextField from './fields/TextField'
import type { ActionFormProps } from './form-types'

export default function ReferForm(_: ActionFormProps) {
  return (
    <FormShell title='转交其他部门' submitText='确认转交' fields={['to', 'reason']}>
      <View className='action-form__explain'>说事人会看到“已转交”和转交的部门、原因。</View>
      <TextField name='to' label='转交给' placeholder='如：沙市区人社局劳动监察大队' maxLength={40} />
      <TextField name='reason' label='转交原因' placeholder='为什么由该部门办理' maxLength={LIMITS.note} multiline />
    </FormShell>
  )
}
