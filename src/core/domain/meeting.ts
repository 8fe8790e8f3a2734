// 议事会 dates as residents read them, and as the instant a subscription template's time keyword shows.

/** '2026-12-15' → '12月15日'. */
export function meetingDayLabel(date: string): string {
  const [, month, day] = date.split('-').map(Number)
  return `${month}月${day}日`
}

/** The meeting's date as an instant for templates: 09:00 Beijing that day (the date is what they show). */
export function meetingInstant(date: string): string {
  return `${date}T01:00:00.000Z`
}
