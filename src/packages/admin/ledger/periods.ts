// Quick periods for the 台账 form, from today's Shanghai date: last month, this month, this year.
export interface PeriodChoice {
  key: string
  text: string
  from: string
  to: string
}

const pad = (n: number) => String(n).padStart(2, '0')
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate()

/** `today` as YYYY-MM-DD (Shanghai). */
export function periodChoices(today: string): PeriodChoice[] {
  const [year, month] = today.split('-').map(Number)
  const [lastYear, lastMonth] = month === 1 ? [year - 1, 12] : [year, month - 1]
  return [
    { key: 'lastMonth', text: `上月（${lastMonth}月）`, from: `${lastYear}-${pad(lastMonth)}-01`, to: `${lastYear}-${pad(lastMonth)}-${lastDay(lastYear, lastMonth)}` },
    { key: 'thisMonth', text: `本月（${month}月）`, from: `${year}-${pad(month)}-01`, to: today },
    { key: 'thisYear', text: `今年（${year}年）`, from: `${year}-01-01`, to: today },
  ]
}
