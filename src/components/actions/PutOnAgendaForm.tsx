// 列入议事会: choose a planned meeting, or a date (the next 逢五 reception day by default) and place (the hall): that
// day's 议事会 there, or a new one.
import { useEffect, useState } from 'react'
import { shanghaiDate } from '@core/domain/deadlines'
import { meetingDayLabel } from '@core/domain/meeting'
import type { MeetingSummary } from '@core/contracts/meeting-views'
import { useShuoshiStore } from '@/stores'
import FormShell from './FormShell'
import ChoiceField from './fields/ChoiceField'
import TextField from './fields/TextField'
import type { ActionFormProps, PrefillContext } from './form-types'
import type { FormValues } from '@/stores/workbench-slice'
import { dateLabel, upcomingReceptionDates } from './meeting-dates'

export function agendaPrefill(_: unknown, { community, now }: PrefillContext): FormValues {
  return { meetingDate: upcomingReceptionDates(now, 1, community?.receptionDays)[0], place: community?.hall ?? '' }
}

/** A date in the past cannot be a meeting date (the server says the same). */
export function checkMeetingDate(values: FormValues) {
  const date = values.meetingDate
  if (!values.meetingId && typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date) && date < shanghaiDate(new Date())) {
    return { field: 'meetingDate', message: '议事日期不能早于今天' }
  }
  return undefined
}

export default function PutOnAgendaForm(_: ActionFormProps) {
  const receptionDays = useShuoshiStore((state) => state.community?.receptionDays)
  const dates = upcomingReceptionDates(new Date(), 3, receptionDays)
  const listUpcomingMeetings = useShuoshiStore((state) => state.listUpcomingMeetings)
  const chosenMeeting = useShuoshiStore((state) => state.actionForm?.values.meetingId)
  const [meetings, setMeetings] = useState<MeetingSummary[]>([])
  useEffect(() => void listUpcomingMeetings().then(setMeetings), [listUpcomingMeetings])
  return (
    <FormShell title='列入议事会' submitText='确认上会' check={checkMeetingDate} fields={['meetingId', 'meetingDate', 'place']}>
      {meetings.length > 0 ? (
        <ChoiceField
          name='meetingId'
          label='已安排的会议'
          choices={[...meetings.map((m) => ({ value: m.id, text: `${meetingDayLabel(m.date)} ${m.time} ${m.kindLabel}`, hint: m.place })), { value: '', text: '另选日期' }]}
        />
      ) : null}
      {chosenMeeting ? null : (
        <>
          <ChoiceField name='meetingDate' label='议事日期（逢五说事日）' choices={dates.map((date) => ({ value: date, text: dateLabel(date) }))} />
          <TextField name='meetingDate' label='或者填别的日期' placeholder='如 2026-12-18' maxLength={10} />
          <TextField name='place' label='议事地点' maxLength={40} />
        </>
      )}
    </FormShell>
  )
}
