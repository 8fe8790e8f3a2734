// The WeChat entry shared by every function: init the SDK once per instance, then dispatch each call.
import type { ActionMap } from './action'
import { dispatch } from './dispatcher'
import { createWechatDeps } from './wechat-deps'
import type { Classifier } from '../../../src/core/ports/classifier'

interface WxServerSdk {
  init(options: { env: unknown }): void
  DYNAMIC_CURRENT_ENV: unknown
  database(): unknown
  openapi: unknown
  getWXContext(): { OPENID?: string; SOURCE?: string }
}

export interface MainOptions {
  /** What a timer trigger runs (event.Type === 'Timer'). */
  timerAction?: string
  classifier?: Classifier
}

export function createMain(cloud: WxServerSdk, actions: ActionMap, options: MainOptions = {}) {
  const { timerAction } = options
  cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV })
  const deps = createWechatDeps(cloud, options.classifier)
  return async function main(event: Record<string, unknown>) {
    if (event && event.Type === 'Timer') {
      if (!timerAction) return { ok: false, code: 'UNKNOWN_ACTION', message: '没有这项操作' }
      return dispatch(actions, { action: timerAction, payload: {} }, { deps, fromTimer: true })
    }
    const { OPENID } = cloud.getWXContext()
    return dispatch(actions, event, { deps, openid: OPENID })
  }
}
