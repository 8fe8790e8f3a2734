// 安排议事会: kind, date, time and place (the hall by default); the new meeting opens on its own page.
import { View } from '@tarojs/components'
import { useState } from 'react'
import { MEETING_KIND_LABELS, MEETING_KINDS, type MeetingKind } from '@core/domain/meeting'
import { upcomingReceptionDates } from '@/components/actions/meeting-dates'
import { useShuoshiStore } from '@/stores'
import { MeetingChips, MeetingFormButtons, MeetingText } from './fields'

export default function MeetingCreateForm({ onCreated, onCancel }: { onCreated: (id: string) => void; onCancel: () => void }) {
  const hall = useShuoshiStore((state) => state.community?.hall ?? '')
  const receptionDays = useShuoshiStore((state) => state.community?.receptionDays)
  const createMeeting = useShuoshiStore((state) => state.createMeeting)
  const [kind, setKind] = useState<MeetingKind>('roundtable')
  const [date, setDate] = useState(() => upcomingReceptionDates(new Date(), 1, receptionDays)[0])
  const [time, setTime] = useState('14:30')
  const [place, setPlace] = useState(hall)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()
  const submit = async () => {
    setBusy(true)
    const answer = await createMeeting({ kind, date, time, place })
    setBusy(false)
    if (answer.ok) onCreated(answer.data.id)
    else setError(answer.message)
  }
  return (
    <View className='action-form'>
      <View className='action-form__title'>安排议事会</View>
      <MeetingChips label='议事类型' choices={MEETING_KINDS.map((k) => ({ value: k, text: MEETING_KIND_LABELS[k] }))} value={kind} onChange={setKind} />
      <MeetingText label='议事日期' value={date} onChange={setDate} placeholder='如 2026-12-18' />
      <MeetingText label='开始时间' value={time} onChange={setTime} placeholder='如 14:30' />
      <MeetingText label='议事地点' value={place} onChange={setPlace} />
      <MeetingFormButtons submitText='确认安排' busy={busy} error={error} onSubmit={() => void submit()} onCancel={onCancel} />
    </View>
  )
}
