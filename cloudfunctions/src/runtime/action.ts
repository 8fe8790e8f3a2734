// An action of a cloud function: its input schema and handler. The dispatcher checks input and caller first.
import type { Deps } from '../../../src/core/ports'
import type { Actor } from '../../../src/core/domain/roles'
import type { Schema } from '../../../src/core/contracts/validation'
import type { Result } from '../../../src/core/contracts/result'

export interface ActionContext {
  deps: Deps
  actor: Actor
  /** The caller's OPENID (local: the session's persona key); set for user calls, not for the timer. */
  openid?: string
}

export interface ActionSpec {
  schema: Schema
  /** Only the timer (no user) may call it. */
  timerOnly?: boolean
  /** A caller with an OPENID but no user record yet may call it (registration); `actor` is then a guest. */
  guest?: boolean
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  run(ctx: ActionContext, input: any): Promise<Result<unknown>>
}

export type ActionMap = Record<string, ActionSpec>
