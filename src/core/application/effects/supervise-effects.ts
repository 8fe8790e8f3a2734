// 查事: the supervision group records what it checked, raises the level of a stuck case, and closes rated cases.
import { LEVELS } from '../../domain/case'
import { ok } from '../../contracts/result'
import type { Effect } from './effect'

export const supervise: Effect<'supervise'> = () => ok({ changes: {} })

export const escalate: Effect<'escalate'> = ({ item }) => {
  const current = LEVELS.indexOf(item.level ?? 'community')
  const level = LEVELS[Math.min(current + 1, LEVELS.length - 1)]
  return ok({ changes: { level, escalations: item.escalations + 1 }, data: { from: item.level, to: level } })
}

export const close: Effect<'close'> = () => ok({ changes: {} })
