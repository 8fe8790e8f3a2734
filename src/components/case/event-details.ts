// The facts one timeline event carries, as short Chinese lines (category set, unit, deadline, decision, rating …).
import type { CaseEvent } from '@core/domain/case'
import { formatShanghaiTime } from '@/services/time'
import { dateLabel } from '@/components/actions/meeting-dates'

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value : undefined)
const day = (value: unknown) => (typeof value === 'string' ? formatShanghaiTime(value).slice(0, 10) : undefined)

export function eventDetails(event: CaseEvent): string[] {
  const d = event.data ?? {}
  const lines: (string | undefined)[] = []
  switch (event.action) {
    case 'submit':
      break
    case 'triage':
      lines.push(`分类：${text(d.categoryLabel) ?? text(d.category) ?? ''}${d.urgency === 'urgent' ? '，紧急' : ''}`)
      if (d.correctedFrom) lines.push('（已更正智能分类建议）')
      if (text(d.gist)) lines.push(`录音内容：${d.gist}（工作人员听录音整理）`)
      break
    case 'assign':
      lines.push(`承办单位：${text(d.unitName) ?? ''}`, text(d.levelLabel) && `层级：${d.levelLabel}`, `时限：${d.workingDays} 个工作日，至 ${day(d.dueAt)}`)
      break
    case 'putOnAgenda':
      lines.push(`议事会：${typeof d.meetingDate === 'string' ? dateLabel(d.meetingDate) : ''}，${text(d.place) ?? ''}`)
      break
    case 'recordDecision':
      lines.push(text(d.decision) && `决议：${d.decision}`)
      break
    case 'resolveOnSpot':
    case 'complete':
      lines.push(text(d.result) && `结果：${d.result}`)
      break
    case 'publish':
      lines.push(text(d.publishedResult) && `公示：${d.publishedResult}`)
      break
    case 'requestExtension':
      lines.push(`申请延期 ${d.days} 个工作日`)
      break
    case 'approveExtension':
      lines.push(`新时限：${day(d.dueAt)}`)
      break
    case 'refer':
      lines.push(`转交：${text(d.to) ?? ''}`, text(d.reason) && `原因：${d.reason}`)
      break
    case 'mergeDuplicate':
      lines.push(`合并到：${text(d.intoCaseNo) ?? ''}`)
      break
    case 'escalate':
      lines.push('提高办理层级')
      break
    case 'rate':
    case 'rateUnsatisfied':
    case 'rateUnsatisfiedRetriage':
      lines.push(text(d.ratingLabel) && `评价：${d.ratingLabel}`, d.dueAt ? `重新办理，至 ${day(d.dueAt)}` : undefined)
      break
    case 'recordFollowUp':
    case 'followUpUnsatisfied':
    case 'followUpUnsatisfiedRetriage':
      lines.push(`${text(d.methodLabel) ?? '回访'}：${text(d.ratingLabel) ?? ''}`, d.dueAt ? `重新办理，至 ${day(d.dueAt)}` : undefined)
      break
    default:
      break
  }
  return lines.filter((line): line is string => Boolean(line))
}
