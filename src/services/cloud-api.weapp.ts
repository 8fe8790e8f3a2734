// WeChat: the functions and files go through Taro.cloud. The only module (with its H5 twin) that touches Taro.cloud.
import Taro from '@tarojs/taro'
import type { FunctionName } from '@core/contracts/functions'
import type { FunctionResponse } from '@core/contracts/result'
import { NETWORK_FAILURE, type CloudApi, type UploadInput } from './api-types'
import { shanghaiDate } from './time'

/** cases/<Shanghai date the file was added>/<key>.<ext>: made from what the caller fixed once, so a retry hits the same path. */
export function cloudPathOf(input: UploadInput): string {
  const extension = /\.[A-Za-z0-9]{1,5}$/.exec(input.name)?.[0].toLowerCase() ?? ''
  const day = shanghaiDate(input.createdAt ?? new Date().toISOString()) || 'undated'
  return `cases/${day}/${input.idempotencyKey}${extension}`
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
      return isResponse<T>(result) ? result : { ok: false, code: 'INTERNAL', message: '系统繁忙，请稍后再试' }
    } catch {
      return NETWORK_FAILURE
    }
  },

  async uploadFile(input: UploadInput): Promise<FunctionResponse<{ fileId: string }>> {
    try {
      // The key names the storage path, so a retried upload overwrites the same object instead of adding one.
      const { fileID } = await Taro.cloud.uploadFile({ cloudPath: cloudPathOf(input), filePath: input.filePath })
      if (!fileID) return NETWORK_FAILURE
      return { ok: true, data: { fileId: fileID } }
    } catch {
      return NETWORK_FAILURE
    }
  },
}
