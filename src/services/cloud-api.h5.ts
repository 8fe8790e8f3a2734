// Browser (local runtime): the functions and files are reached over HTTP on the local server, same origin.
import type { FunctionName } from '@core/contracts/functions'
import type { FunctionResponse } from '@core/contracts/result'
import { NETWORK_FAILURE, type CloudApi, type UploadInput } from './api-types'

async function readResponse<T>(response: Response): Promise<FunctionResponse<T>> {
  try {
    const body = (await response.json()) as FunctionResponse<T>
    if (body && typeof body.ok === 'boolean') return body
  } catch {
    // not JSON: a proxy page or a crash; fall through
  }
  return { ok: false, code: 'INTERNAL', message: '系统繁忙，请稍后再试' }
}

export const cloudApi: CloudApi = {
  init() {},

  async callFunction<T>(name: FunctionName, action: string, payload?: unknown): Promise<FunctionResponse<T>> {
    let response: Response
    try {
      response = await fetch(`/api/functions/${name}`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ action, payload }),
      })
    } catch {
      return NETWORK_FAILURE
    }
    return readResponse<T>(response)
  },

  async uploadFile(input: UploadInput): Promise<FunctionResponse<{ fileId: string }>> {
    let response: Response
    try {
      const blob = await (await fetch(input.filePath)).blob()
      response = await fetch('/api/files', {
        method: 'POST',
        credentials: 'include',
        headers: {
          'Content-Type': input.contentType,
          'X-File-Name': encodeURIComponent(input.name),
          'Idempotency-Key': input.idempotencyKey,
        },
        body: blob,
      })
    } catch {
      return NETWORK_FAILURE
    }
    return readResponse<{ fileId: string }>(response)
  },
}
