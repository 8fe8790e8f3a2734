// WeChat: the functions and files go through Taro.cloud. The only module (with its H5 twin) that touches Taro.cloud.
import Taro from '@tarojs/taro'
import type { FunctionName } from '@core/contracts/functions'
import type { FunctionResponse } from '@core/contracts/result'
import { NETWORK_FAILURE, type CloudApi, type UploadInput } from './api-types'

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
    const extension = input.name.includes('.') ? input.name.slice(input.name.lastIndexOf('.')) : ''
    try {
      // The key names the storage path, so a retried upload overwrites the same object instead of adding one.
      const { fileID } = await Taro.cloud.uploadFile({ cloudPath: `uploads/${input.idempotencyKey}${extension}`, filePath: input.filePath })
      return { ok: true, data: { fileId: fileID } }
    } catch {
      return NETWORK_FAILURE
    }
  },
}
