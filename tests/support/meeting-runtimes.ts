// The functions on either database adapter, for the meeting tests: the local runtime (SQLite) or the WeChat
// runtime's ports on the cloud database test double. Same dispatcher, same demo seed, a fixed clock.
import { createHarness } from './local-harness'
import { createCloudRuntime } from './cloud-runtime'
import { dispatch } from '../../cloudfunctions/src/runtime/dispatcher'
import { FUNCTION_ACTIONS } from '../../cloudfunctions/src/runtime/registry'
import type { FunctionName } from '../../src/core/contracts/functions'
import type { FunctionResponse } from '../../src/core/contracts/result'
import type { Deps } from '../../src/core/ports'
import type { FixedClock } from './fixed-clock'
import type { User } from '../../src/core/domain/directory'

export interface Runtime {
  deps: Deps
  clock: FixedClock
  call<T = any>(as: string, fn: FunctionName, action: string, payload?: unknown): Promise<FunctionResponse<T>>
  timer(fn: FunctionName, action: string): Promise<FunctionResponse>
  /** The user's inbox, oldest first. */
  inbox(userId: string): Promise<Array<{ kind: string; title: string; body: string }>>
  addUser(user: Partial<User> & Pick<User, 'id' | 'openid' | 'name' | 'role'>): Promise<void>
  close(): void
}

export const ADAPTERS = ['sqlite', 'cloud-db'] as const

export async function createRuntime(adapter: (typeof ADAPTERS)[number], start: string): Promise<Runtime> {
  const local = adapter === 'sqlite' ? await createHarness(start) : undefined
  const cloud = adapter === 'cloud-db' ? await createCloudRuntime({ now: start }) : undefined
  const deps = local ? local.runtime.deps : cloud!.deps
  const clock = local ? local.clock : cloud!.clock
  return {
    deps,
    clock,
    call: (as, fn, action, payload) => dispatch(FUNCTION_ACTIONS[fn], { action, payload }, { deps, openid: as }) as never,
    timer: (fn, action) => dispatch(FUNCTION_ACTIONS[fn], { action, payload: {} }, { deps, fromTimer: true }),
    async inbox(userId) {
      const page = await deps.inbox.list(userId, 100)
      return page.items.reverse().map(({ kind, title, body }) => ({ kind, title, body }))
    },
    addUser: (user) => deps.repos.users.upsert({ streetId: 'street-shengli', communityId: 'community-hangkonglu', ...user }),
    close: () => local?.close(),
  }
}
