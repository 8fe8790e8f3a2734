// Which of the six steps a case went past without taking: 议事 when it never went on a meeting's agenda.
import { STATUS_STEP, STEPS, type Step } from '@core/domain/case-status'
import type { CaseEvent } from '@core/domain/case'
import type { CaseView } from '@core/contracts/views'

export function skippedSteps(item: Pick<CaseView, 'status'>, timeline: CaseEvent[]): Step[] {
  const reached = STEPS.indexOf(STATUS_STEP[item.status])
  const deliberated = timeline.some((event) => event.action === 'putOnAgenda')
  return reached > STEPS.indexOf('deliberate') && !deliberated ? ['deliberate'] : []
}
