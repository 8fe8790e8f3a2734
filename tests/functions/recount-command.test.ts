// `npm run recount`: on a local data folder, no drift → exit 0; a tampered counter → the difference printed, exit 1;
// `--fix` → rewritten, exit 0 and no drift after; no database → exit 2.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createLocalRuntime } from '../../cloudfunctions/src/local/local-deps'
import { seedDemo } from '../../cloudfunctions/src/local/seed'
import { recount } from '../../cloudfunctions/tools/statistics/recount'
import { submitCase } from '../../src/core/application/submit-case'
import { actorFromUser } from '../../cloudfunctions/src/runtime/actor'
import { DEMO_PERSONAS } from '../../cloudfunctions/src/local/demo-community'

let dataDir: string
beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuoshi-recount-'))
  const runtime = createLocalRuntime(dataDir)
  await seedDemo(runtime.deps.repos)
  const wang = actorFromUser(DEMO_PERSONAS.find((p) => p.id === 'persona-resident')!.user)
  const submitted = await submitCase(runtime.deps, wang, { communityId: 'community-hangkonglu', text: '楼道灯坏了', channel: 'self', attachments: [], anonymous: false, idempotencyKey: 'recount-command-1' })
  expect(submitted.ok).toBe(true)
  runtime.db.close()
})
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }))

function run(fix = false, dir = dataDir): { code: number; lines: string[] } {
  const lines: string[] = []
  const code = recount({ dataDir: dir, fix, print: (line) => lines.push(line) })
  return { code, lines }
}

it('finds no drift, reports a tampered counter, and fixes it', () => {
  expect(run()).toMatchObject({ code: 0, lines: [expect.stringContaining('重算 1 件事项'), '统计计数与事项记录一致，没有偏差。'] })
  const db = createLocalRuntime(dataDir).db
  db.prepare(`UPDATE statistics_counters SET figures = '{"received":5}' WHERE dimension = 'channel'`).run()
  db.close()
  const drifted = run()
  expect(drifted.code).toBe(1)
  expect(drifted.lines).toContainEqual(expect.stringMatching(/^ {2}c:community-hangkonglu\|\d{4}-\d{2}\|channel\|self received: stored 5, recounted 1$/))
  expect(drifted.lines.at(-1)).toBe('用 npm run recount -- --fix 按事项记录重写。')
  expect(run(true)).toMatchObject({ code: 0 })
  expect(run().code).toBe(0)
})

it('says so when there is no database', () => {
  expect(run(false, path.join(dataDir, 'nowhere'))).toMatchObject({ code: 2, lines: [expect.stringContaining('找不到数据库')] })
})
