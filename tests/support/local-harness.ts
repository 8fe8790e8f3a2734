// Function tests through the real dispatcher on the local runtime: real SQLite in a temp folder, the demo seed, a fixed clock.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createLocalRuntime, type LocalRuntime } from '../../cloudfunctions/src/local/local-deps'
import { seedDemo, seedDemoCredits } from '../../cloudfunctions/src/local/seed'
import { dispatch } from '../../cloudfunctions/src/runtime/dispatcher'
import { FUNCTION_ACTIONS } from '../../cloudfunctions/src/runtime/registry'
import type { FunctionName } from '../../src/core/contracts/functions'
import type { FunctionResponse } from '../../src/core/contracts/result'
import { listOutbox } from '../../cloudfunctions/src/adapters/local/outbox-sender'
import { FixedClock } from './fixed-clock'

export type PersonaId = 'persona-resident' | 'persona-grid' | 'persona-staff' | 'persona-handler' | 'persona-supervisor' | 'persona-admin' | string

export interface Harness {
  runtime: LocalRuntime
  clock: FixedClock
  call<T = any>(as: PersonaId | undefined, fn: FunctionName, action: string, payload?: unknown): Promise<FunctionResponse<T>>
  timer(fn: FunctionName, action: string): Promise<FunctionResponse>
  outbox(): ReturnType<typeof listOutbox>
  /** The user's inbox (消息中心), oldest first. */
  notices(userId: string): { kind: string; title: string; body: string }[]
  close(): void
}

export async function createHarness(start = '2026-11-30T02:00:00Z'): Promise<Harness> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuoshi-fn-'))
  const runtime = createLocalRuntime(dataDir)
  const clock = new FixedClock(start)
  runtime.deps.clock = clock
  await seedDemo(runtime.deps.repos)
  await seedDemoCredits(runtime.deps.credits)
  return {
    runtime,
    clock,
    call: (as, fn, action, payload) => dispatch(FUNCTION_ACTIONS[fn], { action, payload }, { deps: runtime.deps, openid: as }) as never,
    timer: (fn, action) => dispatch(FUNCTION_ACTIONS[fn], { action, payload: {} }, { deps: runtime.deps, fromTimer: true }),
    outbox: () => listOutbox(runtime.db, 500),
    notices: (userId) => runtime.db.prepare('SELECT kind, title, body FROM inbox WHERE user_id = ? ORDER BY created_at, rowid').all(userId) as never,
    close() {
      runtime.db.close()
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/** Unwrap an ok response or fail the test with its message. */
export function data<T>(response: FunctionResponse<T>): T {
  if (!response.ok) throw new Error(`expected ok, got ${response.code}: ${response.message}`)
  return response.data
}

let counter = 0
export function key(): string {
  counter++
  return `test-key-${Date.now()}-${counter}`
}
