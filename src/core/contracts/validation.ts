// A tiny schema checker: each field's rule returns an error message or undefined. Messages are Chinese.
import { fail, type Result } from './result'

export type Rule = (value: unknown) => { value?: unknown; error?: string; code?: 'TEXT_TOO_LONG' }
export type Schema = Record<string, Rule>

const missing = (label: string) => `请填写${label}`

export function text(label: string, opts: { min?: number; max: number; optional?: boolean }): Rule {
  return (value) => {
    if (value === undefined || value === null || value === '') {
      return opts.optional ? { value: undefined } : { error: missing(label) }
    }
    if (typeof value !== 'string') return { error: `${label}格式不对` }
    const trimmed = value.trim()
    const length = Array.from(trimmed).length
    if (length < (opts.min ?? (opts.optional ? 0 : 1))) return { error: `${label}至少${opts.min ?? 1}个字` }
    if (length > opts.max) return { error: `${label}不能超过${opts.max}个字`, code: 'TEXT_TOO_LONG' }
    return { value: trimmed }
  }
}

export function oneOf<T extends string>(label: string, values: readonly T[], opts: { optional?: boolean } = {}): Rule {
  return (value) => {
    if (value === undefined || value === null) return opts.optional ? { value: undefined } : { error: `请选择${label}` }
    if (typeof value !== 'string' || !values.includes(value as T)) return { error: `${label}不在可选范围内` }
    return { value }
  }
}

export function integer(label: string, opts: { min: number; max: number; optional?: boolean }): Rule {
  return (value) => {
    if (value === undefined || value === null) return opts.optional ? { value: undefined } : { error: missing(label) }
    if (typeof value !== 'number' || !Number.isInteger(value)) return { error: `${label}应为整数` }
    if (value < opts.min || value > opts.max) return { error: `${label}应在${opts.min}到${opts.max}之间` }
    return { value }
  }
}

export function bool(label: string, opts: { optional?: boolean } = {}): Rule {
  return (value) => {
    if (value === undefined || value === null) return opts.optional ? { value: false } : { error: missing(label) }
    if (typeof value !== 'boolean') return { error: `${label}格式不对` }
    return { value }
  }
}

export function id(label: string, opts: { optional?: boolean } = {}): Rule {
  return (value) => {
    if (value === undefined || value === null || value === '') return opts.optional ? { value: undefined } : { error: missing(label) }
    if (typeof value !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(value)) return { error: `${label}格式不对` }
    return { value }
  }
}

export function date(label: string, opts: { optional?: boolean } = {}): Rule {
  return (value) => {
    if (value === undefined || value === null || value === '') return opts.optional ? { value: undefined } : { error: missing(label) }
    if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
      return { error: `${label}应为日期，如 2026-12-05` }
    }
    return { value }
  }
}

export function list(label: string, item: Rule, opts: { max: number }): Rule {
  return (value) => {
    if (value === undefined || value === null) return { value: [] }
    if (!Array.isArray(value)) return { error: `${label}格式不对` }
    if (value.length > opts.max) return { error: `${label}最多${opts.max}个` }
    const out: unknown[] = []
    for (const entry of value) {
      const checked = item(entry)
      if (checked.error) return { error: `${label}：${checked.error}`, code: checked.code }
      out.push(checked.value)
    }
    return { value: out }
  }
}

export function object(label: string, schema: Schema, opts: { optional?: boolean } = {}): Rule {
  return (value) => {
    if (value === undefined || value === null) return opts.optional ? { value: undefined } : { error: missing(label) }
    const checked = validate(schema, value)
    return checked.ok ? { value: checked.value } : { error: checked.message, code: checked.code === 'TEXT_TOO_LONG' ? 'TEXT_TOO_LONG' : undefined }
  }
}

/** Check `input` against `schema`; unknown fields are dropped. */
export function validate<T>(schema: Schema, input: unknown): Result<T> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return fail('INVALID_INPUT', '请求内容应为一个对象')
  const out: Record<string, unknown> = {}
  for (const [key, rule] of Object.entries(schema)) {
    const checked = rule((input as Record<string, unknown>)[key])
    if (checked.error) return fail(checked.code ?? 'INVALID_INPUT', checked.error, key)
    if (checked.value !== undefined) out[key] = checked.value
  }
  return { ok: true, value: out as T }
}
