// 交办: the suggested unit preselected, the level, working days — and the deadline they give, shown before confirming.
import { View } from '@tarojs/components'
import { useEffect } from 'react'
import { LEVEL_LABELS, LEVELS } from '@core/domain/case'
import { addWorkingDays } from '@core/domain/deadlines'
import { formatShanghaiTime } from '@/services/time'
import { appCalendar } from '@/services/work-calendar'
import { useShuoshiStore } from '@/stores'
import type { FormValues } from '@/stores/workbench-slice'
import FormShell from './FormShell'
import ChoiceField from './fields/ChoiceField'
import TextField from './fields/TextField'
import type { ActionFormProps } from './form-types'
import { dateLabel } from './meeting-dates'

const DAY_CHOICES = [1, 3, 5, 10, 15, 20, 30]

export function assignPrefill(item: ActionFormProps['item']): FormValues {
  return { unitId: item.unitId ?? item.suggestion?.unitId, level: item.level ?? 'community', workingDays: 5 }
}

/** "12月14日（周一）17:00 前" style text of the deadline `days` working days from now, or a hint when out of range. */
export function deadlinePreview(days: unknown, now = new Date()): string {
  if (typeof days !== 'number' || !Number.isInteger(days) || days < 1 || days > 60) return '办理时限应在1到60个工作日之间'
  const dueAt = addWorkingDays(now, days, appCalendar())
  const date = formatShanghaiTime(dueAt).slice(0, 10)
  return `截止：${dateLabel(date)}当天（${days}个工作日，节假日不算）`
}

export default function AssignForm({ item }: ActionFormProps) {
  const units = useShuoshiStore((state) => state.directory?.units)
  const days = useShuoshiStore((state) => state.actionForm?.values.workingDays)
  const loadDirectory = useShuoshiStore((state) => state.loadDirectory)
  useEffect(() => void loadDirectory(), [loadDirectory])
  const suggestedId = item.suggestion?.unitId
  return (
    <FormShell title='交办' submitText='确认交办' fields={['unitId', 'level', 'workingDays']}>
      <ChoiceField
        name='unitId'
        label='承办单位'
        choices={(units ?? []).map((unit) => ({ value: unit.id, text: unit.name, hint: unit.id === suggestedId ? '建议' : undefined }))}
      />
      <ChoiceField name='level' label='办理层级' choices={LEVELS.map((level) => ({ value: level, text: LEVEL_LABELS[level] }))} />
      <ChoiceField name='workingDays' label='办理时限（工作日）' choices={DAY_CHOICES.map((n) => ({ value: n, text: `${n}天` }))} />
      <TextField name='workingDays' label='或者填天数（1–60）' type='number' maxLength={2} />
      <View className='action-form__deadline'>{deadlinePreview(days)}</View>
    </FormShell>
  )
}
