// 社区设置 (admins: every community and unit of the street; staff: their community and its units): the hall,
// hotline, reception days and duty roster of a community, units' phones and members, and — read-only — the
// subscription template ids with their status. Every save is written to the 变动记录.
import { useDidShow } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { useState } from 'react'
import StatusMessage from '@/components/StatusMessage'
import { ensureSession } from '@/components/work/ensure-session'
import { settingsApi, type SettingsAnswer } from '../settings-api'
import CommunitySection from './CommunitySection'
import UnitSection from './UnitSection'
import TemplateSection from './TemplateSection'
import '../workers/index.scss'
import './index.scss'

export default function SettingsPage() {
  const [settings, setSettings] = useState<SettingsAnswer>()
  const [error, setError] = useState<string>()
  const load = async () => {
    const answer = await settingsApi.get()
    if (!answer.ok) return setError(answer.message)
    setSettings(answer.data)
    setError(undefined)
  }
  useDidShow(() => void ensureSession().then(load))

  if (!settings) return <View className='page admin'><StatusMessage loading={!error} error={error} onRetry={() => void load()} /></View>
  return (
    <View className='page admin settings'>
      <View className='page__title'>社区设置</View>
      {settings.communities.map((c) => <CommunitySection key={c.id} community={c} onSaved={() => void load()} />)}
      <View className='section'>
        <View className='section__title'>承办单位</View>
        {settings.units.map((u) => <UnitSection key={u.id} unit={u} />)}
        {settings.units.length === 0 ? <View className='admin__hint'>没有可修改的承办单位</View> : null}
      </View>
      {settings.templates ? <TemplateSection templates={settings.templates} /> : null}
    </View>
  )
}
