// Times as a person in the community reads them. Asia/Shanghai is UTC+8 all year (no daylight saving since 1991),
// so a fixed offset is exact and avoids Intl time-zone data, which some mini-program runtimes lack.
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000

/** "2026-11-28 09:05" in Shanghai time, from a UTC ISO instant. */
export function formatShanghaiTime(instant: string): string {
  const ms = Date.parse(instant)
  if (Number.isNaN(ms)) return ''
  return new Date(ms + SHANGHAI_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ')
}

/** "11-28 09:05" in Shanghai time (lists where the year goes without saying). */
export function formatShanghaiShort(instant: string): string {
  return formatShanghaiTime(instant).slice(5)
}

/** "2026-11-28": the Shanghai calendar day of a UTC ISO instant ('' when it is not one). */
export function shanghaiDate(instant: string): string {
  return formatShanghaiTime(instant).slice(0, 10)
}
