// The WeChat entry shared by every function: init the SDK once per instance, then dispatch each call.
// A timer run is known only from the platform's context (SOURCE wx_trigger, no OPENID) and the trigger name of the
// function's config.json, never from the event body: a client's callFunction `data` *is* the event and can say
// `{ Type: 'Timer' }` (WECHAT.md §12).
import type { ActionMap } from './action'
import { dispatch } from './dispatcher'
import { createWechatDeps } from './wechat-deps'
import type { Classifier } from '../../../src/core/ports/classifier'
import { fail, toResponse } from '../../../src/core/contracts/result'
import type { CloudStorageApi } from '../adapters/wechat/cloud-file-storage'
import { mediaCheckVerdict } from '../adapters/wechat/content-security'
import type { CloudDatabase } from '../adapters/cloud-db/database-api'
import { holdForReview } from '../../../src/core/application/content-review'
import { ok, type Result } from '../../../src/core/contracts/result'
import type { Deps } from '../../../src/core/ports'
import { placeholderProblems, settingsOf } from './wechat-settings-check'
import { templateEnvironment } from './template-environment'

export interface WxContext {
  OPENID?: string
  SOURCE?: string
  ENV?: string
}

interface WxServerSdk extends CloudStorageApi {
  init(options: { env: unknown }): void
  DYNAMIC_CURRENT_ENV: unknown
  database(): unknown
  openapi: unknown
  getWXContext(): WxContext
}

export interface TimerConfig {
  /** The action the timer trigger runs. */
  action: string
  /** The trigger's name in the function's config.json (`triggers[0].name`). */
  triggerName: string
}

export interface MainOptions {
  timer?: TimerConfig
  classifier?: Classifier
  /** This function receives 消息推送 wxa_media_check events (the verdicts of mediaCheckAsync photo checks). */
  mediaChecks?: boolean
}

/** The `triggers` of a function's config.json: its timer's name, if it has one. */
export function timerTriggerName(config: { triggers?: ReadonlyArray<{ name: string; type: string }> }): string | undefined {
  return config.triggers?.find((t) => t.type === 'timer')?.name
}

/** True only for a run the platform started from this function's own timer trigger. */
export function isTimerRun(event: unknown, context: WxContext, triggerName: string | undefined): boolean {
  if (!triggerName || context.SOURCE !== 'wx_trigger' || context.OPENID) return false
  const body = event as { Type?: unknown; TriggerName?: unknown } | null
  return !!body && body.Type === 'Timer' && body.TriggerName === triggerName
}

export function createMain(cloud: WxServerSdk, actions: ActionMap, options: MainOptions = {}) {
  const { timer } = options
  cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV })
  const deps = createWechatDeps(cloud, options.classifier)
  const problems = configurationProblems()
  if (problems.length > 0) console.error(`[shuoshi] 云函数配置未完成，拒绝所有调用 / the function refuses every call until its settings are real:\n- ${problems.join('\n- ')}`)
  return async function main(event: Record<string, unknown>) {
    if (problems.length > 0) return toResponse(fail('INTERNAL', `系统尚未配置完成，请联系管理员（${problems[0].split(' / ')[0]}）`))
    const context = cloud.getWXContext()
    if (timer && isTimerRun(event, context, timer.triggerName)) {
      return dispatch(actions, { action: timer.action, payload: {} }, { deps, fromTimer: true })
    }
    if (options.mediaChecks && event && event.Event === 'wxa_media_check') {
      // Only a trace_id this environment started is believed: a forged event names none and changes nothing.
      return toResponse(await receiveMediaCheck(cloud.database() as CloudDatabase, deps, event))
    }
    if (event && event.Type === 'Timer') {
      // A timer-shaped event that the platform did not start: a forgery or a misconfigured trigger. Touch nothing.
      console.warn(`[shuoshi] refused a Timer event that is not this function's trigger (SOURCE ${context.SOURCE ?? '-'}, caller ${context.OPENID ? 'a user' : 'none'})`)
      return toResponse(fail('FORBIDDEN', '这项操作只由系统定时执行'))
    }
    return dispatch(actions, event, { deps, openid: context.OPENID })
  }
}

/** A photo check's verdict: a flagged photo is held for staff review (the case keeps it). */
async function receiveMediaCheck(db: CloudDatabase, deps: Deps, event: Record<string, unknown>): Promise<Result<{ held: boolean }>> {
  const verdict = await mediaCheckVerdict(db, event as { trace_id?: unknown; result?: { suggest?: string; label?: number } })
  if (!verdict) return fail('NOT_FOUND')
  const item = await deps.repos.cases.get(verdict.caseId)
  if (item) await holdForReview(deps, item, 'image', verdict.result, verdict.fileId)
  return ok({ held: !!item && verdict.result.verdict !== 'pass' })
}

/** Inside a WeChat cloud function: placeholder ids of config/wechat.ts and the template environment's ids (wechat-settings-check.ts). */
function configurationProblems(env: NodeJS.ProcessEnv = process.env): string[] {
  if (!env.TENCENTCLOUD_RUNENV || env.SHUOSHI_SKIP_WECHAT_CHECK === '1') return []
  const environment = templateEnvironment(env)
  return placeholderProblems(settingsOf(environment === 'local' ? 'release' : environment))
}
