// Screenshots for docs/screenshots: the whole visible page at a given width. Taro's H5 pages scroll inside their own
// container, so the window is made as tall as the page's content first, then put back.
import path from 'node:path'
import type { Page } from 'playwright-core'

export const SHOTS = path.resolve(__dirname, '../../docs/screenshots')

export async function shoot(page: Page, name: string, width: number, height = width >= 1024 ? 900 : 844): Promise<void> {
  await page.setViewportSize({ width, height })
  await page.waitForTimeout(300) // the rem base and the desk layout follow the resize
  const contentHeight = await page.evaluate(() => {
    const shown = Array.from(document.querySelectorAll<HTMLElement>('.taro_page')).filter((el) => el.offsetParent !== null || getComputedStyle(el).display !== 'none')
    const heights = shown.map((el) => el.scrollHeight)
    return Math.max(document.documentElement.scrollHeight, ...heights)
  })
  await page.setViewportSize({ width, height: Math.min(Math.max(height, contentHeight), 6000) })
  await page.waitForTimeout(200)
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) })
  await page.setViewportSize({ width, height })
}
