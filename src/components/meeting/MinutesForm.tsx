// 记录纪要 for one agenda item: the discussion, the decision (solution and measures), the unit(s), the working-day
// deadline and the level. For a case, naming a unit, days and level also assigns it.
import { View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { LEVEL_LABELS, LEVELS, type Level } from '@core/domain/case'
import { deadlinePreview } from '@/components/actions/AssignForm'
import { useShuoshiStore } from '@/stores'
import { MeetingChips, MeetingFormButtons, MeetingText } from './fields'

const DAY_CHOICES = [3, 5, 10, 15, 30]

export default function MinutesForm({ itemId, isCase, onDone }: { itemId: string; isCase: boolean; onDone: () => void }) {
  const units = useShuoshiStore((state) => state.directory?.units)
  const loadDirectory = useShuoshiStore((state) => state.loadDirectory)
  const changeMeeting = useShuoshiStore((state) => state.changeMeeting)
  const busy = useShuoshiStore((state) => state.openMeeting.busy === 'recordMinutes')
  const error = useShuoshiStore((state) => (state.openMeeting.failed === 'recordMinutes' ? state.openMeeting.error : undefined))
  useEffect(() => void loadDirectory(), [loadDirectory])
  const [summary, setSummary] = useState('')
  const [decision, setDecision] = useState('')
  const [unitIds, setUnitIds] = useState<string[]>([])
  const [workingDays, setWorkingDays] = useState<number>()
  const [level, setLevel] = useState<Level>()
  const toggleUnit = (id: string) => setUnitIds((chosen) => (chosen.includes(id) ? chosen.filter((u) => u !== id) : [...chosen, id]))
  const submit = async () => {
    const answer = await changeMeeting('recordMinutes', { itemId, summary: summary.trim(), decision: decision.trim(), unitIds, ...(workingDays ? { workingDays } : {}), ...(level ? { level } : {}) })
    if (answer.ok) onDone()
  }
  return (
    <View className='action-form'>
      <View className='action-form__title'>记录纪要</View>
      <MeetingText label='讨论情况' value={summary} onChange={setSummary} multiline />
      <MeetingText label='议事决议（解决方案和措施）' value={decision} onChange={setDecision} multiline />
      <MeetingChips label='承办单位（可多选，第一个为牵头单位）' choices={(units ?? []).map((u) => ({ value: u.id, text: u.name }))} value={unitIds} onChange={toggleUnit} />
      <MeetingChips label='办理时限（工作日）' choices={DAY_CHOICES.map((d) => ({ value: d, text: `${d}个工作日` }))} value={workingDays} onChange={setWorkingDays} />
      <MeetingChips label='办理层级' choices={LEVELS.map((l) => ({ value: l, text: LEVEL_LABELS[l] }))} value={level} onChange={setLevel} />
      {workingDays ? <View className='action-form__deadline'>{deadlinePreview(workingDays)}</View> : null}
      {isCase ? <View className='action-form__explain'>选了承办单位、时限和层级，保存后事项直接交办；否则事项为“已议定”，稍后交办。</View> : null}
      <MeetingFormButtons submitText='保存纪要' busy={busy} error={error} onSubmit={() => void submit()} onCancel={onDone} />
    </View>
  )
}
