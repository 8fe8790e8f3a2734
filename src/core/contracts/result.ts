// Expected failures are values: Result in the core, Response on the wire.
import { ERRORS, type ErrorCode } from './errors'

export interface Failure {
  ok: false
  code: ErrorCode
  message: string
  /** Which input field was wrong, when known. */
  field?: string
}
export interface Success<T> {
  ok: true
  value: T
}
export type Result<T> = Success<T> | Failure

export function ok<T>(value: T): Success<T> {
  return { ok: true, value }
}

export function fail(code: ErrorCode, message: string = ERRORS[code].message, field?: string): Failure {
  return field ? { ok: false, code, message, field } : { ok: false, code, message }
}

/** What a cloud function returns to `callFunction` (and the local server to POST /api/functions/:name). */
export type FunctionResponse<T = unknown> =
  | { ok: true; data: T }
  | { ok: false; code: ErrorCode; message: string; field?: string }

export function toResponse<T>(result: Result<T>): FunctionResponse<T> {
  if (result.ok) return { ok: true, data: result.value }
  const { code, message, field } = result
  return field ? { ok: false, code, message, field } : { ok: false, code, message }
}
