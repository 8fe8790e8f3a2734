// The one door from the app to the cloud functions. Platform files implement it:
//   cloud-api.weapp.ts — Taro.cloud (WeChat cloud functions and storage)
//   cloud-api.h5.ts    — HTTP to the local server (POST /api/functions/:name, POST /api/files)
// Taro resolves `@/services/cloud-api` to the file of the platform being built; this file is what TypeScript
// (and any non-Taro runner) sees, and it answers every call with a Chinese "not available" failure.

export { NETWORK_FAILURE, type CloudApi, type UploadInput } from './api-types'
import type { CloudApi } from './api-types'

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
