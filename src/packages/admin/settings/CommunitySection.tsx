// One community's hall, hotline, reception days (tap the days of the month) and duty roster (tap who is on duty each
// weekday, from the community's staff); 保存 sends it all, and the server's message shows when something is wrong.
import { Input, View } from '@tarojs/components'
import { useState } from 'react'
import BigButton from '@/components/BigButton'
import type { CommunitySettings } from '@core/application/settings/get-settings'
import { formatReceptionDays } from '@core/domain/reception-days'
import { settingsApi } from '../settings-api'

const WEEKDAY_LABELS: Record<string, string> = { '1': '周一', '2': '周二', '3': '周三', '4': '周四', '5': '周五', '6': '周六', '7': '周日' }
const DAYS = Array.from({ length: 31 }, (_, i) => i + 1)

export default function CommunitySection({ community, onSaved }: { community: CommunitySettings; onSaved: () => void }) {
  const [hall, setHall] = useState(community.hall)
  const [hotline, setHotline] = useState(community.hotline)
  const [days, setDays] = useState<number[]>(community.receptionDayNumbers)
  const [roster, setRoster] = useState<Record<string, string[]>>(community.dutyRoster ?? {})
  const [message, setMessage] = useState<{ text: string; error: boolean }>()
  const [busy, setBusy] = useState(false)

  const toggleDay = (day: number) => setDays(days.includes(day) ? days.filter((d) => d !== day) : [...days, day].sort((a, b) => a - b))
  const toggleDuty = (weekday: string, userId: string) => {
    const today = roster[weekday] ?? []
    setRoster({ ...roster, [weekday]: today.includes(userId) ? today.filter((id) => id !== userId) : [...today, userId] })
  }
  const save = async () => {
    setBusy(true)
    const answer = await settingsApi.updateCommunity({ communityId: community.id, hall, hotline, receptionDays: days, dutyRoster: roster })
    setBusy(false)
    setMessage(answer.ok ? { text: '已保存', error: false } : { text: answer.message, error: true })
    if (answer.ok) onSaved()
  }

  return (
    <View className='section settings__community'>
      <View className='section__title'>{community.name}</View>
      <View className='admin__hint'>说事厅地址</View>
      <Input className='admin__input settings__hall' value={hall} maxlength={60} placeholder='如 社区服务中心一楼说事厅' onInput={(e) => setHall(e.detail.value)} />
      <View className='admin__hint'>服务电话</View>
      <Input className='admin__input settings__hotline' value={hotline} maxlength={20} placeholder='如 0716-8312345' onInput={(e) => setHotline(e.detail.value)} />
      <View className='admin__hint'>接待日（每月）：{days.length > 0 ? formatReceptionDays(days) : '请选择'}</View>
      <View className='settings__days'>
        {DAYS.map((day) => (
          <View key={day} className={`settings__day${days.includes(day) ? ' settings__day--on' : ''}`} onClick={() => toggleDay(day)}>{day}</View>
        ))}
      </View>
      <View className='admin__hint'>值班表（紧急事项先通知当天值班的人）</View>
      {Object.keys(WEEKDAY_LABELS).map((weekday) => (
        <View key={weekday} className='settings__duty'>
          <View className='settings__weekday'>{WEEKDAY_LABELS[weekday]}</View>
          <View className='settings__people'>
            {community.staff.map((person) => (
              <View key={person.id} className={`settings__person${(roster[weekday] ?? []).includes(person.id) ? ' settings__person--on' : ''}`} onClick={() => toggleDuty(weekday, person.id)}>{person.name}</View>
            ))}
          </View>
        </View>
      ))}
      {message ? <View className={message.error ? 'error-text' : 'settings__saved'}>{message.text}</View> : null}
      <BigButton text={busy ? '正在保存…' : '保存社区设置'} disabled={busy} onClick={() => void save()} />
    </View>
  )
}
