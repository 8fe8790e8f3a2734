// The 议事会 agenda grouped by meeting: one group per date and place, dates ascending, each headed
// "12月15日（周二） 航空路社区党群服务中心一楼 居民说事厅".
import type { CaseSummary } from '@core/contracts/views'

export interface MeetingGroup {
  key: string
  /** YYYY-MM-DD (Shanghai calendar day), '' when the case has no meeting. */
  date: string
  heading: string
  /** The meeting's id (cases put on a meeting since meetings exist): the heading opens its page. */
  meetingId?: string
  items: CaseSummary[]
}

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六']

/** "12月15日（周二）" from a calendar date "2026-12-15" ('' when it is not one). */
export function meetingDayLabel(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  if (!match) return ''
  const weekday = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))).getUTCDay()
  return `${Number(match[2])}月${Number(match[3])}日（周${WEEKDAYS[weekday]}）`
}

export function groupByMeeting(items: CaseSummary[]): MeetingGroup[] {
  const groups = new Map<string, MeetingGroup>()
  for (const item of items) {
    const date = item.meeting?.date ?? ''
    const place = item.meeting?.place?.trim() ?? ''
    const key = `${date}|${place}`
    let group = groups.get(key)
    if (!group) {
      const heading = date ? [meetingDayLabel(date) || date, place].filter(Boolean).join(' ') : '还没定开会日期'
      group = { key, date, heading, ...(item.meeting?.id ? { meetingId: item.meeting.id } : {}), items: [] }
      groups.set(key, group)
    }
    group.items.push(item)
  }
  // Dated meetings first, earliest first; the same day's places in a stable order.
  return Array.from(groups.values()).sort((a, b) => (a.date === b.date ? a.key.localeCompare(b.key) : a.date === '' ? 1 : b.date === '' ? -1 : a.date < b.date ? -1 : 1))
}
