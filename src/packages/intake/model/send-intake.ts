// Sends one intake of the outbox: uploads each photo / recording not uploaded yet (each under its own key), then
// calls cases.submit under the intake's key, made once. Lost connection → 'waiting' (tried again when the network
// returns); a refusal by the server → 'failed' with its Chinese message (tried again only when the worker taps 重试).
import { SUBMIT_SCHEMA, type SubmitInput } from '@core/contracts/case-inputs'
import type { FunctionResponse } from '@core/contracts/result'
import { validate } from '@core/contracts/validation'
import type { CaseView } from '@core/contracts/views'
import { NETWORK_FAILURE, type CloudApi } from '@/services/api-types'
import type { OfflineFiles } from '@/services/offline-types'
import type { IntakeFile, OutboxItem } from './types'

export interface SendDeps {
  api: CloudApi
  files: OfflineFiles
}

export type SendOutcome = { state: 'sent'; caseId: string; caseNo: string } | { state: 'waiting' } | { state: 'failed'; error: string }

/** The platforms answer a call that never reached the server with NETWORK_FAILURE. */
export function isNetworkFailure(answer: FunctionResponse<unknown>): boolean {
  return !answer.ok && answer.code === NETWORK_FAILURE.code && answer.message === NETWORK_FAILURE.message
}

/** "第2张照片" / "第1段录音" */
export function fileLabel(files: IntakeFile[], file: IntakeFile): string {
  const sameKind = files.filter((entry) => entry.kind === file.kind)
  const n = sameKind.indexOf(file) + 1
  return file.kind === 'image' ? `第${n}张照片` : `第${n}段录音`
}

export async function sendIntake(deps: SendDeps, item: OutboxItem, onUploaded: (idempotencyKey: string, fileId: string) => void): Promise<SendOutcome> {
  const fileIds = new Map<string, string>()
  for (const file of item.files) {
    if (file.fileId) {
      fileIds.set(file.idempotencyKey, file.fileId)
      continue
    }
    const filePath = deps.files.resolve(file.filePath)
    if (!filePath) return { state: 'failed', error: `${fileLabel(item.files, file)}已不在手机上，请点“修改”删掉它再发送` }
    const answer = await deps.api
      .uploadFile({ filePath, name: file.name, contentType: file.contentType, idempotencyKey: file.idempotencyKey, createdAt: file.createdAt })
      .catch(() => NETWORK_FAILURE)
    if (isNetworkFailure(answer)) return { state: 'waiting' }
    if (!answer.ok || !answer.data?.fileId) return { state: 'failed', error: `${fileLabel(item.files, file)}上传失败：${answer.ok ? NETWORK_FAILURE.message : answer.message}` }
    fileIds.set(file.idempotencyKey, answer.data.fileId)
    onUploaded(file.idempotencyKey, answer.data.fileId)
  }
  const input: SubmitInput = {
    ...item.input,
    attachments: item.files.map((file) => ({ fileId: fileIds.get(file.idempotencyKey) as string, kind: file.kind, name: file.name })),
    idempotencyKey: item.idempotencyKey,
  }
  const checked = validate<SubmitInput>(SUBMIT_SCHEMA, input)
  if (!checked.ok) return { state: 'failed', error: checked.message }
  // The same key on every try: the server answers the case it already made instead of making a second one.
  const answer = await deps.api.callFunction<CaseView>('cases', 'submit', checked.value).catch(() => NETWORK_FAILURE)
  if (isNetworkFailure(answer)) return { state: 'waiting' }
  if (!answer.ok) return { state: 'failed', error: answer.message }
  return { state: 'sent', caseId: answer.data.id, caseNo: answer.data.caseNo }
}
