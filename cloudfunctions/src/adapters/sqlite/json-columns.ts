// JSON columns and nullable columns: absent in the domain is NULL in the row, and back.

export function toJson(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value)
}

export function fromJson<T>(text: string | null): T | undefined {
  return text === null ? undefined : (JSON.parse(text) as T)
}

export function orNull<T>(value: T | undefined): T | null {
  return value === undefined ? null : value
}

/** A copy without undefined or null fields. */
export function compact<T extends object>(value: T): T {
  const out: Record<string, unknown> = {}
  for (const [key, field] of Object.entries(value)) {
    if (field !== undefined && field !== null) out[key] = field
  }
  return out as T
}
