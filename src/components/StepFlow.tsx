// The six steps (六步工作法), one plain line each. Highlights the current step when given.
import { View } from '@tarojs/components'
import { STEP_LABELS, STEPS, type Step } from '@core/domain/case-status'
import './StepFlow.scss'

const STEP_LINES: Record<Step, string> = {
  speak: '有事您就说，来说事厅、打电话、写下来都行',
  sort: '社区登记分类，能马上解决的马上解决',
  deliberate: '牵涉面广的大事，开圆桌会大家商量',
  handle: '定好谁来办、多久办好',
  review: '办理结果公示，请您评价满不满意',
  supervise: '督办组跟踪到底，件件有回复',
}

interface Props {
  /** Show one line of explanation per step (home), or a compact progress row (case page). */
  compact?: boolean
  current?: Step
  /** Steps this case went past without taking (议事 for a case assigned straight after 理事). */
  skipped?: Step[]
}

export default function StepFlow({ compact = false, current, skipped = [] }: Props) {
  const reached = current ? STEPS.indexOf(current) : -1
  if (compact) {
    return (
      <View className='step-flow step-flow--compact'>
        {STEPS.map((step, index) => (
          <View
            key={step}
            className={`step-flow__dot${skipped.includes(step) ? ' step-flow__dot--skipped' : index <= reached ? ' step-flow__dot--done' : ''}${index === reached ? ' step-flow__dot--current' : ''}`}
          >
            {STEP_LABELS[step]}
            {skipped.includes(step) ? <View className='step-flow__skip'>未经过</View> : null}
          </View>
        ))}
      </View>
    )
  }
  return (
    <View className='step-flow'>
      {STEPS.map((step, index) => (
        <View key={step} className='step-flow__row'>
          <View className='step-flow__name'>
            {index + 1}. {STEP_LABELS[step]}
          </View>
          <View className='step-flow__line'>{STEP_LINES[step]}</View>
        </View>
      ))}
    </View>
  )
}
