// A real browser session on the H5 build: the local server on a temporary data folder, headless Debian Chromium,
// one phone-sized page, and helpers that find what a person can see.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { startLocalServer, type LocalServer } from '../../cloudfunctions/src/local/server'

const ROOT = path.resolve(__dirname, '../..')
export const H5_DIR = path.join(ROOT, process.env.SHUOSHI_DIST ?? 'dist', 'h5')
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const BASE_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']

export interface BrowserSession {
  server: LocalServer
  browser: Browser
  page: Page
  /** A temporary folder of the test's own (the server's data lives in its `data/`). */
  dir: string
  /** Demo persona names by id, as the sign-in page lists them. */
  names: Record<string, string>
  /** What a person can see: Taro's H5 router keeps earlier pages of the stack in the DOM, hidden. */
  visible(text: string | RegExp, exact?: boolean): ReturnType<Page['getByText']>
  signInAs(personaId: string): Promise<void>
  /** A persona's session cookie, as the sign-in endpoint sets it (for acting through the API). */
  cookieOf(personaId: string): Promise<string>
  close(): Promise<void>
}

export async function openBrowserSession(options: { extraArgs?: string[] } = {}): Promise<BrowserSession> {
  if (!fs.existsSync(path.join(H5_DIR, 'index.html'))) throw new Error('dist/h5 is missing: run `npm run build:h5` first.')
  if (!fs.existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH).`)
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuoshi-browser-'))
  const server = await startLocalServer({ port: 0, dataDir: path.join(dir, 'data'), staticDir: H5_DIR, allowPersonas: true, enableTimers: false, quiet: true, readers: 1 })
  const personas = (await (await fetch(`${server.url}/api/dev/personas`)).json()) as { data: { id: string; name: string }[] }
  const names = Object.fromEntries(personas.data.map((persona) => [persona.id, persona.name]))
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...BASE_ARGS, ...(options.extraArgs ?? [])] })
  const page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' })
  page.on('pageerror', (error) => console.error('[browser page error]', error))
  const visible = (text: string | RegExp, exact = true) => page.getByText(text, { exact }).locator('visible=true').first()
  return {
    server,
    browser,
    page,
    dir,
    names,
    visible,
    async signInAs(personaId) {
      await visible('您是谁？').waitFor()
      await visible(names[personaId]).click()
      await visible(`${names[personaId]}，您好！有事您就说。`).waitFor()
    },
    async cookieOf(personaId) {
      const response = await fetch(`${server.url}/api/dev/sign-in`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ personaId }) })
      const cookie = response.headers.get('set-cookie')?.split(';')[0]
      if (!response.ok || !cookie) throw new Error(`could not sign in as ${personaId}`)
      return cookie
    },
    async close() {
      await browser.close()
      await server.close()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
