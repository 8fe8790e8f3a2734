// The 7-field cron of WeChat timer triggers (second minute hour day month weekday year), read in UTC+8 like WeChat does.
// Supports *, */n, a-b, a,b and numbers — what config.json files here use.

const FIELD_RANGES: [number, number][] = [[0, 59], [0, 59], [0, 23], [1, 31], [1, 12], [0, 6], [1970, 2199]]

function matches(field: string, value: number, [min, max]: [number, number]): boolean {
  return field.split(',').some((part) => {
    const [range, stepText] = part.split('/')
    const step = stepText ? Number(stepText) : 1
    let lo = min
    let hi = max
    if (range !== '*') {
      const [a, b] = range.split('-').map(Number)
      lo = a
      hi = b ?? (stepText ? max : a)
    }
    return value >= lo && value <= hi && (value - lo) % step === 0
  })
}

export function parseCron(expression: string): string[] {
  const fields = expression.trim().split(/\s+/)
  if (fields.length !== 7) throw new Error(`timer cron needs 7 fields: ${expression}`)
  return fields
}

/** The next instant strictly after `after` that the expression matches (searched second by second up to 2 days). */
export function nextFire(expression: string, after: Date): Date | undefined {
  const fields = parseCron(expression)
  const start = Math.floor(after.getTime() / 1000) + 1
  for (let s = start; s < start + 2 * 86400; s++) {
    const beijing = new Date((s + 8 * 3600) * 1000)
    const values = [beijing.getUTCSeconds(), beijing.getUTCMinutes(), beijing.getUTCHours(), beijing.getUTCDate(), beijing.getUTCMonth() + 1, beijing.getUTCDay(), beijing.getUTCFullYear()]
    if (values.every((v, i) => matches(fields[i], v, FIELD_RANGES[i]))) return new Date(s * 1000)
  }
  return undefined
}
