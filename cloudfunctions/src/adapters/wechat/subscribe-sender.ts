// The WeChat push sender: cloud.openapi.subscribeMessage.send (permission declared in each function's config.json).
import type { PushSender } from '../../../../src/core/ports/messages'

export interface OpenApi {
  subscribeMessage: { send(options: Record<string, unknown>): Promise<{ errCode?: number; errMsg?: string }> }
}

export function createSubscribeSender(openapi: OpenApi, miniprogramState: 'formal' | 'trial' | 'developer'): PushSender {
  return {
    async send(message) {
      try {
        const answer = await openapi.subscribeMessage.send({ ...message, miniprogramState, lang: 'zh_CN' })
        return { errCode: answer.errCode ?? 0, errMsg: answer.errMsg ?? 'ok' }
      } catch (error) {
        const e = error as { errCode?: number; errMsg?: string; message?: string }
        return { errCode: typeof e.errCode === 'number' ? e.errCode : -1, errMsg: e.errMsg ?? e.message ?? String(error) }
      }
    },
  }
}
