// Typed action dispatch shared by WeChat and the local server: request shape, action, caller, input, then the handler.
// Always answers { ok, data } or { ok: false, code, message }; a thrown error becomes INTERNAL and is logged.
import type { Deps } from '../../../src/core/ports'
import { SYSTEM_ACTOR, type Actor } from '../../../src/core/domain/roles'
import { validate } from '../../../src/core/contracts/validation'
import { fail, toResponse, type FunctionResponse } from '../../../src/core/contracts/result'
import type { ActionMap } from './action'
import { resolveActor } from './actor'
import { InvalidCursorError } from '../adapters/shared/cursor'
import { attachmentsOf, checkAttachments, markAttached } from '../../../src/core/application/attachments'
import { refreshCalendar } from '../../../src/core/application/settings/calendar-years'

export interface CallContext {
  deps: Deps
  /** OPENID from getWXContext(), or the local session's persona openid. */
  openid?: string
  /** True when a timer trigger (not a user) invoked the function. */
  fromTimer?: boolean
  log?: (message: string, error: unknown) => void
}

export async function dispatch(actions: ActionMap, request: unknown, ctx: CallContext): Promise<FunctionResponse> {
  try {
    if (typeof request !== 'object' || request === null || Array.isArray(request)) {
      return toResponse(fail('INVALID_INPUT', '请求内容应为一个对象'))
    }
    const { action, payload } = request as { action?: unknown; payload?: unknown }
    if (typeof action !== 'string' || action === '') return toResponse(fail('INVALID_INPUT', '请指明要进行的操作', 'action'))
    const spec = Object.prototype.hasOwnProperty.call(actions, action) ? actions[action] : undefined
    if (!spec) return toResponse(fail('UNKNOWN_ACTION', `没有这项操作：${action.slice(0, 40)}`, 'action'))

    const known = ctx.fromTimer ? SYSTEM_ACTOR : await resolveActor(ctx.deps.repos.users, ctx.openid)
    const actor = known ?? (spec.guest && ctx.openid ? guestActor(ctx.openid) : undefined)
    if (!actor) return toResponse(fail('UNAUTHENTICATED'))
    if (spec.timerOnly && !ctx.fromTimer) return toResponse(fail('FORBIDDEN', '这项操作只由系统定时执行'))

    const input = validate(spec.schema, payload ?? {})
    if (!input.ok) return toResponse(input)
    const openid = ctx.fromTimer ? undefined : ctx.openid
    // Attachments of any action: only the caller's own uploads of this environment; kept once a case uses them.
    const attachments = attachmentsOf(input.value)
    const owned = await checkAttachments(ctx.deps, openid, attachments)
    if (!owned.ok) return toResponse(owned)
    // Deadlines count working days by the calendar years stored in the database (re-read at most once a minute).
    await refreshCalendar(ctx.deps)
    const result = await spec.run({ deps: ctx.deps, actor, openid }, input.value)
    if (result.ok) await markAttached(ctx.deps, attachments)
    return toResponse(result)
  } catch (error) {
    if (error instanceof InvalidCursorError) return toResponse(fail('INVALID_INPUT', '翻页位置无效，请刷新列表后再试', 'cursor'))
    ;(ctx.log ?? defaultLog)(`function failed`, error)
    return toResponse(fail('INTERNAL'))
  }
}

/** Someone WeChat knows but we do not yet: may only register. */
function guestActor(openid: string): Actor {
  return { userId: `guest:${openid}`, name: '访客', role: 'resident', streetId: '' }
}

function defaultLog(message: string, error: unknown): void {
  console.error(`[shuoshi] ${message}:`, error)
}
