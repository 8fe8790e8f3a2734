// 节假日安排 (admins): the days off and make-up workdays of a year, as the State Council publishes them each winter;
// deadlines in working days count by what is saved here. Staff see it read-only through 社区设置's answer.
import { useDidShow } from '@tarojs/taro'
import { Switch, View } from '@tarojs/components'
import { useState } from 'react'
import BigButton from '@/components/BigButton'
import ChoiceGrid from '@/components/ChoiceGrid'
import StatusMessage from '@/components/StatusMessage'
import { ensureSession } from '@/components/work/ensure-session'
import type { CalendarYear } from '@core/domain/work-calendar'
import { settingsApi } from '../settings-api'
import DateList from './DateList'
import '../workers/index.scss'
import './index.scss'

type StoredYear = CalendarYear & { stored: boolean }

export default function CalendarPage() {
  const [years, setYears] = useState<StoredYear[]>()
  const [editable, setEditable] = useState(false)
  const [draft, setDraft] = useState<CalendarYear>()
  const [error, setError] = useState<string>()
  const [saved, setSaved] = useState<string>()
  const [busy, setBusy] = useState(false)

  const load = async (keepYear?: number) => {
    const answer = await settingsApi.get()
    if (!answer.ok) return setError(answer.message)
    const known = answer.data.calendar.years
    const next = Math.max(...known.map((y) => y.year)) + 1
    const all: StoredYear[] = [...known, { year: next, holidays: [], workdays: [], provisional: true, stored: false }]
    setYears(all)
    setEditable(answer.data.calendar.editable)
    const chosen = all.find((y) => y.year === keepYear) ?? all.find((y) => y.provisional) ?? all[all.length - 1]
    setDraft({ year: chosen.year, holidays: chosen.holidays, workdays: chosen.workdays, provisional: chosen.provisional })
  }
  useDidShow(() => void ensureSession().then(() => load()))

  if (!years || !draft) return <View className='page admin'><StatusMessage loading={!error} error={error} onRetry={() => void load()} /></View>
  const choose = (year: string) => {
    const y = years.find((c) => String(c.year) === year)!
    setSaved(undefined)
    setError(undefined)
    setDraft({ year: y.year, holidays: y.holidays, workdays: y.workdays, provisional: y.provisional })
  }
  const save = async () => {
    setBusy(true)
    const answer = await settingsApi.saveCalendarYear(draft)
    setBusy(false)
    if (!answer.ok) return setError(answer.message)
    setError(undefined)
    setSaved(`${draft.year}年的节假日安排已保存，之后计算的办理时限按新安排计算`)
    void load(draft.year)
  }
  const current = years.find((y) => y.year === draft.year)

  return (
    <View className='page admin calendar'>
      <View className='page__title'>节假日安排</View>
      <View className='admin__hint'>办理时限按工作日计算。每年国务院公布次年放假安排后，请在这里录入放假日和调休上班日。</View>
      <ChoiceGrid choices={years.map((y) => ({ key: String(y.year), text: `${y.year === draft.year ? '✓ ' : ''}${y.year}年`, hint: y.provisional ? '暂定' : y.stored ? '已录入' : '内置' }))} onChoose={choose} />
      {current?.provisional ? <View className='calendar__provisional'>{draft.year}年目前是暂定安排（只有周末和固定日期的节日），请按公布的安排补全。</View> : null}
      <DateList className='calendar__holidays' title='放假日' hint='本来要上班、但放假的日子（周末不用填）' year={draft.year} dates={draft.holidays} onChange={(holidays) => setDraft({ ...draft, holidays })} />
      <DateList className='calendar__workdays' title='调休上班日' hint='本来是周末、但要上班的日子' year={draft.year} dates={draft.workdays} onChange={(workdays) => setDraft({ ...draft, workdays })} />
      <View className='section ledger__full'>
        <View>仍是暂定安排</View>
        <Switch className='calendar__switch' checked={draft.provisional} color='#c8161d' onChange={(e) => setDraft({ ...draft, provisional: e.detail.value })} />
      </View>
      {error ? <View className='error-text'>{error}</View> : null}
      {saved ? <View className='settings__saved'>{saved}</View> : null}
      {editable ? <BigButton text={busy ? '正在保存…' : `保存${draft.year}年安排`} disabled={busy} onClick={() => void save()} /> : <View className='admin__hint'>只有街道管理员可以修改节假日安排。</View>}
    </View>
  )
}
