// What a person does on the H5 workbench, for browser tests: sign in as a persona through the start page, open a case
// from their queue, take an action through its form, read the case's record.
import type { Page } from 'playwright-core'
import type { BrowserSession } from './browser-session'

export function workbenchSteps(session: BrowserSession) {
  const page: Page = session.page
  const visible = session.visible

  return {
    /** Signs out (forgetting the cookie) and signs in as another persona through the start page. */
    async becomePersona(personaId: string) {
      await page.context().clearCookies()
      await page.goto(session.server.url)
      await session.signInAs(personaId)
    },

    /** From home, the worker's queue (its button's words), then the case whose card shows `text`'s beginning. */
    async openFromQueue(queueButton: string, text: string) {
      await visible(queueButton).click()
      await page.locator('.case-card', { hasText: text.slice(0, 12) }).locator('visible=true').first().click()
      await visible('办理记录').waitFor()
    },

    /** Taps an action, fills its form, confirms, and waits for 已完成 and (when given) the new status. */
    async act(action: string, confirm: string, fill?: () => Promise<void>, status?: string) {
      await visible(action).click()
      await fill?.()
      await visible(confirm).click()
      await visible(`已完成：${action}`).waitFor()
      if (status) await visible(status, false).waitFor()
    },

    /** Types into the labelled field of the open action form. */
    async typeInto(label: string, text: string) {
      const field = page.locator('.action-field', { has: page.getByText(label, { exact: true }) }).locator('visible=true').first()
      await field.locator('textarea, input').first().fill(text)
    },

    /** Taps a chip of the open action form. */
    async choose(text: string) {
      await page.locator('.action-chip', { hasText: text }).locator('visible=true').first().click()
    },

    /** The actions the case's record lists, in order. */
    async record(): Promise<string[]> {
      return page.locator('.timeline__action').locator('visible=true').allTextContents()
    },
  }
}
