// 开启工作提醒: the worker's own push switch. Shows which of their notice kinds are on (已开启 新交办 …); one tap asks
// WeChat for at most 3 templates (those not on yet first) — requested inside the tap itself, before any await — then
// records the answer and reloads the credits. Template ids and credits are fetched when the switch appears.
import { View } from '@tarojs/components'
import { useEffect } from 'react'
import { useShuoshiStore } from '@/stores'
import { workReminderKinds } from '@/stores/work-reminders'
import BigButton from '../BigButton'
import { useSubscribeTap } from './use-subscribe-tap'
import './WorkReminders.scss'

export default function WorkReminders() {
  const role = useShuoshiStore((state) => state.user?.role)
  const credits = useShuoshiStore((state) => state.workConsents.credits)
  const loadTemplates = useShuoshiStore((state) => state.loadTemplates)
  const loadWorkConsents = useShuoshiStore((state) => state.loadWorkConsents)
  const subscribeToWork = useShuoshiStore((state) => state.subscribeToWork)
  const { busy, result, tap } = useSubscribeTap(subscribeToWork)

  useEffect(() => {
    void loadTemplates()
    void loadWorkConsents()
  }, [loadTemplates, loadWorkConsents])

  const kinds = workReminderKinds(role, credits)
  if (kinds.length === 0) return null
  const on = kinds.filter((entry) => entry.on)
  const off = kinds.filter((entry) => !entry.on)

  const row = (label: string, entries: typeof kinds, state: 'on' | 'off') =>
    entries.length > 0 ? (
      <View className='work-reminders__row'>
        <View className='work-reminders__label'>{label}</View>
        {entries.map((entry) => (
          <View key={entry.kind} className={`work-reminders__kind work-reminders__kind--${state}`}>
            {entry.label}
          </View>
        ))}
      </View>
    ) : null

  return (
    <View className='work-reminders'>
      {row('已开启', on, 'on')}
      {row('未开启', off, 'off')}
      <BigButton kind='secondary' text={busy ? '正在开启提醒…' : '开启工作提醒'} hint={off.length > 0 ? '有新的待办、快到期、超期时，微信通知您' : '每条提醒用掉一次，点一次每种再多收一条'} onClick={tap} />
      {result ? <View className={`work-reminders__message${result.ok ? ' work-reminders__message--ok' : ''}`}>{result.message}</View> : null}
    </View>
  )
}
