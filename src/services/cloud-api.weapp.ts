// WeChat: the functions and files go through Taro.cloud. The only module (with its H5 twin) that touches Taro.cloud.
import Taro from '@tarojs/taro'
import type { FunctionName } from '@core/contracts/functions'
import type { FunctionResponse } from '@core/contracts/result'
import { NETWORK_FAILURE, type CloudApi, type UploadInput } from './api-types'

/**
 * Keep the platform's errCode / errMsg in the log: the user reads a short Chinese sentence, a developer looking at the
 * console (DevTools, 真机调试, 实时日志) sees what actually failed.
 */
export function logPlatformError(api: string, error: unknown): void {
  const { errCode, errMsg, message } = (error ?? {}) as { errCode?: unknown; errMsg?: unknown; message?: unknown }
  console.warn(`[shuoshi] ${api} failed: errCode ${errCode ?? '-'} ${String(errMsg ?? message ?? error)}`)
}

function isResponse<T>(value: unknown): value is FunctionResponse<T> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean'
}

export const cloudApi: CloudApi = {
  init() {
    Taro.cloud.init({ env: CLOUD_ENV_ID, traceUser: true })
  },

  async callFunction<T>(name: FunctionName, action: string, payload?: unknown): Promise<FunctionResponse<T>> {
    try {
      const { result } = await Taro.cloud.callFunction({ name, data: { action, payload } })
      if (isResponse<T>(result)) return result
      logPlatformError(`callFunction ${name}.${action} (no answer of the expected shape)`, { errMsg: JSON.stringify(result)?.slice(0, 200) })
      return { ok: false, code: 'INTERNAL', message: '系统繁忙，请稍后再试' }
    } catch (error) {
      logPlatformError(`callFunction ${name}.${action}`, error)
      return NETWORK_FAILURE
    }
  },

  async uploadFile(input: UploadInput): Promise<FunctionResponse<{ fileId: string }>> {
    // Storage is private: the server names the path and records it as the caller's (only their own uploads can be
    // attached to a case). The key fixes the path, so a retried upload overwrites the same object instead of adding one.
    const prepared = await cloudApi.callFunction<{ cloudPath: string }>('cases', 'prepareUpload', { idempotencyKey: input.idempotencyKey, name: input.name, createdAt: input.createdAt })
    if (!prepared.ok) return prepared
    try {
      const { fileID } = await Taro.cloud.uploadFile({ cloudPath: prepared.data.cloudPath, filePath: input.filePath })
      if (!fileID) return NETWORK_FAILURE
      return { ok: true, data: { fileId: fileID } }
    } catch (error) {
      logPlatformError('uploadFile', error)
      return NETWORK_FAILURE
    }
  },
}
