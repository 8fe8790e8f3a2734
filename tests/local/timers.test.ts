// The local runtime runs each function's timer from its config.json on WeChat's 7-field cron, read in Beijing time.
import path from 'node:path'
import { nextFire, parseCron } from '../../cloudfunctions/src/local/cron'
import { readTimers, startTimers } from '../../cloudfunctions/src/local/timers'

describe('nextFire', () => {
  it.each([
    ['0 */15 * * * * *', '2026-11-30T02:07:31Z', '2026-11-30T02:15:00.000Z'],
    ['0 */15 * * * * *', '2026-11-30T02:15:00Z', '2026-11-30T02:30:00.000Z'],
    ['0 0 9 * * * *', '2026-11-30T02:00:00Z', '2026-12-01T01:00:00.000Z'], // 09:00 Beijing is 01:00Z
    ['0 0 8 * * 1-5 *', '2026-11-28T03:00:00Z', '2026-11-30T00:00:00.000Z'], // Saturday → Monday 08:00 Beijing
    ['0 30 23 * * * *', '2026-11-30T15:00:00Z', '2026-11-30T15:30:00.000Z'], // 23:30 Beijing, same Beijing day
  ])('%s after %s → %s', (cron, after, expected) => {
    expect(nextFire(cron, new Date(after))?.toISOString()).toBe(expected)
  })

  it('refuses a cron without 7 fields', () => {
    expect(() => parseCron('*/15 * * * *')).toThrow('7 fields')
  })
})

it('reads the timers declared in the functions\' config.json', () => {
  const specs = readTimers(path.join(__dirname, '../../cloudfunctions/src/functions'), ['identity', 'cases', 'meetings', 'supervision'])
  expect(specs).toEqual([
    { functionName: 'cases', name: 'cleanupUploadsDaily', cron: '0 30 3 * * * *' },
    { functionName: 'meetings', name: 'sweepMeetingsHourly', cron: '0 5 * * * * *' },
    { functionName: 'supervision', name: 'sweepEvery15Minutes', cron: '0 */15 * * * * *' },
  ])
})

it('fires on real timers and never overlaps runs of one timer', async () => {
  const runs: number[] = []
  let running = 0
  let overlapped = false
  const stop = startTimers([{ functionName: 'supervision', name: 'everySecond', cron: '* * * * * * *' }], () => new Date(), async () => {
    running++
    if (running > 1) overlapped = true
    runs.push(Date.now())
    await new Promise((resolve) => setTimeout(resolve, 1200))
    running--
  })
  await new Promise((resolve) => setTimeout(resolve, 3500))
  stop()
  expect(runs.length).toBeGreaterThanOrEqual(2)
  expect(overlapped).toBe(false)
})
