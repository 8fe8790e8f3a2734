// The mini-program's layout: the main package holds what residents need and stays ≤ 1 MB (WeChat's limit is 2 MB per
// package; a small main package opens fast on a weak signal); each worker role's pages sit in their own subpackage.
import fs from 'node:fs'
import path from 'node:path'
import { WEAPP_ROOT, assertBuilt } from './harness'

const MAIN_PACKAGE_LIMIT = 1024 * 1024

/** Bytes of every file under `dir`, except the folders named in `skip` (relative to WEAPP_ROOT). */
function bytesUnder(dir: string, skip: string[] = []): number {
  let total = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (skip.includes(path.relative(WEAPP_ROOT, full))) continue
    total += entry.isDirectory() ? bytesUnder(full, skip) : fs.statSync(full).size
  }
  return total
}

beforeAll(() => assertBuilt())

test('the main package stays within 1 MB', () => {
  const main = bytesUnder(WEAPP_ROOT, ['packages'])
  console.log(`main package: ${(main / 1024).toFixed(0)} KB; subpackages: ${(bytesUnder(path.join(WEAPP_ROOT, 'packages')) / 1024).toFixed(0)} KB`)
  expect(main).toBeLessThanOrEqual(MAIN_PACKAGE_LIMIT)
})

test('residents\' pages are in the main package and each worker role\'s pages in a subpackage', () => {
  const app = JSON.parse(fs.readFileSync(path.join(WEAPP_ROOT, 'app.json'), 'utf8')) as { pages: string[]; subPackages: { root: string; pages: string[] }[] }
  expect(app.pages).toEqual(expect.arrayContaining(['pages/index/index', 'pages/submit/index', 'pages/mine/index', 'pages/case/index', 'pages/inbox/index', 'pages/board/index']))
  expect(app.pages.some((page) => page.startsWith('packages/'))).toBe(false)
  const subpackages = Object.fromEntries(app.subPackages.map((sub) => [sub.root, sub.pages]))
  expect(subpackages).toEqual({ 'packages/work': ['queue/index', 'agenda/index', 'meetings/index', 'meeting/index', 'topics/index', 'topic/index'], 'packages/topics': ['answer/index'], 'packages/intake': ['index'], 'packages/supervise': ['index'], 'packages/admin': ['workers/index', 'redeem/index'] })
  for (const [root, pages] of Object.entries(subpackages)) {
    for (const page of pages) expect(fs.existsSync(path.join(WEAPP_ROOT, root, `${page}.js`))).toBe(true)
  }
})
