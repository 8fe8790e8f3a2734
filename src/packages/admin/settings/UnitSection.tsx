// A unit's phone and its members (name, phone): edit, add, remove, then 保存.
import { Input, View } from '@tarojs/components'
import { useState } from 'react'
import type { Unit, UnitMember } from '@core/domain/directory'
import { settingsApi } from '../settings-api'

export default function UnitSection({ unit }: { unit: Unit }) {
  const [phone, setPhone] = useState(unit.phone ?? '')
  const [members, setMembers] = useState<UnitMember[]>(unit.members ?? [])
  const [message, setMessage] = useState<{ text: string; error: boolean }>()

  const change = (index: number, patch: Partial<UnitMember>) => setMembers(members.map((m, i) => (i === index ? { ...m, ...patch } : m)))
  const save = async () => {
    const answer = await settingsApi.updateUnit({ unitId: unit.id, phone, members: members.filter((m) => m.name.trim() || m.phone?.trim()) })
    setMessage(answer.ok ? { text: '已保存', error: false } : { text: answer.message, error: true })
  }

  return (
    <View className='settings__unit'>
      <View className='settings__unit-name'>{unit.name}</View>
      <View className='admin__hint'>单位电话</View>
      <Input className='admin__input' value={phone} maxlength={20} placeholder='如 0716-8310003' onInput={(e) => setPhone(e.detail.value)} />
      {members.length > 0 ? <View className='admin__hint'>成员（姓名、电话）</View> : null}
      {members.map((member, index) => (
        <View key={index} className='settings__member'>
          <Input className='admin__input settings__member-name' value={member.name} maxlength={20} placeholder='姓名' onInput={(e) => change(index, { name: e.detail.value })} />
          <Input className='admin__input settings__member-phone' value={member.phone ?? ''} maxlength={20} placeholder='电话' onInput={(e) => change(index, { phone: e.detail.value })} />
          <View className='settings__remove' onClick={() => setMembers(members.filter((_, i) => i !== index))}>删除</View>
        </View>
      ))}
      <View className='settings__actions'>
        <View className='admin__revoke' onClick={() => setMembers([...members, { name: '' }])}>添加成员</View>
        <View className='admin__revoke settings__save-unit' onClick={() => void save()}>保存</View>
      </View>
      {message ? <View className={message.error ? 'error-text' : 'settings__saved'}>{message.text}</View> : null}
    </View>
  )
}
