// Dates the topic form offers: today and tomorrow to open, one or two weeks on to close (Shanghai calendar dates).
import { shanghaiDate } from '@core/domain/deadlines'

export function shiftedDate(now: Date, days: number): string {
  return shanghaiDate(new Date(now.getTime() + days * 24 * 3600 * 1000))
}

export function openingChoices(now: Date) {
  return [{ key: shiftedDate(now, 0), text: '今天' }, { key: shiftedDate(now, 1), text: '明天' }]
}

export function closingChoices(now: Date) {
  return [{ key: shiftedDate(now, 7), text: '一周后' }, { key: shiftedDate(now, 14), text: '两周后' }]
}
