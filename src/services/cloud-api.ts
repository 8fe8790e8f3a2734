// The one door from the app to the cloud functions. Platform files implement it:
//   cloud-api.weapp.ts — Taro.cloud (WeChat cloud functions and storage)
//   cloud-api.h5.ts    — HTTP to the local server (POST /api/functions/:name, POST /api/files)
// Taro resolves `@/services/cloud-api` to the file of the platform being built; this file is what TypeScript
// (and any non-Taro runner) sees, and it answers every call with a Chinese "not available" failure.
import type { FunctionName } from '@core/contracts/functions'
import type { FunctionResponse } from '@core/contracts/result'

export interface UploadInput {
  /** A local path (weapp temp file) or a Blob URL / object (H5). */
  filePath: string
  /** Original file name, e.g. "photo.jpg". */
  name: string
  contentType: string
  /** Made once per file by the caller: a retried upload never stores the file twice. */
  idempotencyKey: string
}

export interface CloudApi {
  /** Call `name` with `{ action, payload }`. Never throws: failures come back as `{ ok: false, code, message }`. */
  callFunction<T>(name: FunctionName, action: string, payload?: unknown): Promise<FunctionResponse<T>>
  uploadFile(input: UploadInput): Promise<FunctionResponse<{ fileId: string }>>
  /** Start the platform SDK once, at app launch. */
  init(): void
}

export const NETWORK_FAILURE = { ok: false, code: 'INTERNAL', message: '网络不给力，请稍后重试' } as const

const unavailable = { ok: false, code: 'INTERNAL', message: '当前平台暂不支持' } as const

export const cloudApi: CloudApi = {
  async callFunction() {
    return unavailable
  },
  async uploadFile() {
    return unavailable
  },
  init() {},
}
