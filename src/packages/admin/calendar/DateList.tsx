// A list of dates of one year (放假日 or 调休上班日): type a date (2027-02-06 or 02-06) and 添加; 删除 takes one out.
import { Input, View } from '@tarojs/components'
import { useState } from 'react'

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六']

/** '02-06' or '2027-02-06' → '2027-02-06' (the server checks the rest). */
export function fullDate(year: number, typed: string): string {
  const text = typed.trim().replace(/[./年月]/g, '-').replace(/日$/, '')
  const parts = text.split('-').filter(Boolean)
  const [y, m, d] = parts.length === 2 ? [String(year), parts[0], parts[1]] : parts
  return [y, (m ?? '').padStart(2, '0'), (d ?? '').padStart(2, '0')].join('-')
}

interface Props {
  title: string
  hint: string
  year: number
  dates: string[]
  className: string
  onChange: (dates: string[]) => void
}

export default function DateList({ title, hint, year, dates, className, onChange }: Props) {
  const [typed, setTyped] = useState('')
  const add = () => {
    if (!typed.trim()) return
    const date = fullDate(year, typed)
    if (!dates.includes(date)) onChange([...dates, date].sort())
    setTyped('')
  }
  return (
    <View className={`section ${className}`}>
      <View className='section__title'>{title}（{dates.length}天）</View>
      <View className='admin__hint'>{hint}</View>
      <View className='calendar__add'>
        <Input className='admin__input calendar__input' value={typed} maxlength={10} placeholder={`如 ${year}-02-06 或 02-06`} onInput={(e) => setTyped(e.detail.value)} />
        <View className='admin__revoke calendar__add-button' onClick={add}>添加</View>
      </View>
      <View className='calendar__dates'>
        {dates.map((date) => (
          <View key={date} className='calendar__date'>
            <View>{date.slice(5)} 周{WEEKDAYS[new Date(date + 'T00:00:00Z').getUTCDay()] ?? '?'}</View>
            <View className='calendar__remove' onClick={() => onChange(dates.filter((d) => d !== date))}>删除</View>
          </View>
        ))}
      </View>
    </View>
  )
}
