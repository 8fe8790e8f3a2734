// The actions the local server may hand to its readers (reader-pool.ts): each only reads. A reader's connection is
// opened read-only, so an action listed here that wrote would fail there, never write behind the server's back
// (tests/local/reader-pool.test.ts runs every one of them through a reader).
import type { FunctionName } from '../../../src/core/contracts/functions'

export const READ_ACTIONS: Readonly<Partial<Record<FunctionName, readonly string[]>>> = {
  identity: ['whoami', 'getDirectory', 'listInbox'],
  cases: ['get', 'listMine', 'listQueue', 'listBoard', 'countWaiting'],
  meetings: ['listAgenda'],
  supervision: ['listWatch'],
}

/** True when `request` asks `name` for one of its read actions. */
export function isReadAction(name: FunctionName, request: unknown): boolean {
  if (typeof request !== 'object' || request === null) return false
  const action = (request as { action?: unknown }).action
  return typeof action === 'string' && (READ_ACTIONS[name]?.includes(action) ?? false)
}
