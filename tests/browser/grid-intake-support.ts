// Helpers the intake browser tests share: the form's fields, screenshots of the page, and reading cases back
// through the API with a staff cookie.
import fs from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'

const SCREENSHOTS = path.resolve(__dirname, '../../docs/screenshots')

/** The input of the labelled field (姓名 / 电话 / 门牌) on the visible page. */
export function field(page: Page, label: string) {
  return page
    .locator('.text-field')
    .locator('visible=true')
    .filter({ has: page.locator('.text-field__label', { hasText: label }) })
    .first()
    .locator('input')
}

/** Saves the page at 390 px and 1280 px wide into docs/screenshots/<name>-390.png and -1280.png. */
export async function screenshotBothWidths(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true })
  const before = page.viewportSize() ?? { width: 390, height: 844 }
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 })
    await page.waitForTimeout(300)
    // Taro's H5 pages scroll inside their own container: make the window as tall as the page to see all of it.
    const height = await page.evaluate(() => Math.max(900, ...Array.from(document.querySelectorAll('.taro_page, .taro_router, body')).map((node) => node.scrollHeight)))
    await page.setViewportSize({ width, height: Math.min(height, 4000) })
    await page.waitForTimeout(300)
    await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${width}.png`) })
  }
  await page.setViewportSize(before)
}

export interface ListedCase {
  id: string
  caseNo: string
  text: string
  channel: string
  petitioner?: { name?: string; phone?: string; room?: string }
  attachments?: { fileId: string; kind: string; name?: string }[]
  anonymous?: boolean
}

/** Every open case of the community, as staff see them (all pages of the queue, then each case in full). */
export async function openCasesAsStaff(serverUrl: string, cookie: string): Promise<ListedCase[]> {
  const ids: string[] = []
  let cursor: string | undefined
  do {
    const response = await fetch(`${serverUrl}/api/functions/cases`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: cookie },
      body: JSON.stringify({ action: 'listQueue', payload: { group: 'open', limit: 100, ...(cursor ? { cursor } : {}) } }),
    })
    const answer = (await response.json()) as { ok: boolean; data: { items: { id: string }[]; nextCursor?: string } }
    if (!answer.ok) throw new Error(`listQueue failed: ${JSON.stringify(answer)}`)
    ids.push(...answer.data.items.map((item) => item.id))
    cursor = answer.data.nextCursor
  } while (cursor)
  // Lists answer summaries; each case in full comes from cases.get.
  const items: ListedCase[] = []
  for (const caseId of ids) {
    const response = await fetch(`${serverUrl}/api/functions/cases`, { method: 'POST', headers: { 'Content-Type': 'application/json', Cookie: cookie }, body: JSON.stringify({ action: 'get', payload: { caseId } }) })
    const answer = (await response.json()) as { ok: boolean; data: { case: ListedCase } }
    if (!answer.ok) throw new Error(`get failed: ${JSON.stringify(answer)}`)
    items.push(answer.data.case)
  }
  return items
}

/** The payloads of cases.submit the page sends. */
export function recordSubmits(page: Page): unknown[] {
  const submits: unknown[] = []
  page.on('request', (request) => {
    if (request.method() !== 'POST' || !request.url().endsWith('/api/functions/cases')) return
    const body = request.postDataJSON() as { action?: string; payload?: unknown } | null
    if (body?.action === 'submit') submits.push(body.payload)
  })
  return submits
}
