// 列入议事会: the date defaults to the next 逢五 reception day and the place to the community's hall.
import { shanghaiDate } from '@core/domain/deadlines'
import FormShell from './FormShell'
import ChoiceField from './fields/ChoiceField'
import TextField from './fields/TextField'
import type { ActionFormProps, PrefillContext } from './form-types'
import type { FormValues } from '@/stores/workbench-slice'
import { dateLabel, upcomingReceptionDates } from './meeting-dates'

export function agendaPrefill(_: unknown, { community, now }: PrefillContext): FormValues {
  return { meetingDate: upcomingReceptionDates(now, 1)[0], place: community?.hall ?? '' }
}

/** A date in the past cannot be a meeting date (the server says the same). */
export function checkMeetingDate(values: FormValues) {
  const date = values.meetingDate
  if (typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date) && date < shanghaiDate(new Date())) {
    return { field: 'meetingDate', message: '议事日期不能早于今天' }
  }
  return undefined
}

export default function PutOnAgendaForm(_: ActionFormProps) {
  const dates = upcomingReceptionDates(new Date(), 3)
  return (
    <FormShell title='列入议事会' submitText='确认上会' check={checkMeetingDate} fields={['meetingDate', 'place']}>
      <ChoiceField name='meetingDate' label='议事日期（逢五说事日）' choices={dates.map((date) => ({ value: date, text: dateLabel(date) }))} />
      <TextField name='meetingDate' label='或者填别的日期' placeholder='如 2026-12-18' maxLength={10} />
      <TextField name='place' label='议事地点' maxLength={40} />
    </FormShell>
  )
}
