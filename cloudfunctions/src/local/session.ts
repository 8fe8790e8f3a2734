// The local session: a signed cookie naming the persona's openid. Only the sign-in page sets it.
import fs from 'node:fs'
import path from 'node:path'
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

export const SESSION_COOKIE = 'shuoshi_session'

export class SessionSigner {
  private readonly secret: Buffer
  constructor(dataDir: string) {
    const file = path.join(dataDir, 'session-secret')
    if (!fs.existsSync(file)) fs.writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 })
    this.secret = Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'hex')
  }

  sign(openid: string): string {
    return `${encodeURIComponent(openid)}.${this.mac(openid)}`
  }

  /** The openid in a cookie header, when its signature is valid. */
  read(cookieHeader: string | undefined): string | undefined {
    const value = parseCookies(cookieHeader)[SESSION_COOKIE]
    if (!value) return undefined
    const dot = value.lastIndexOf('.')
    if (dot < 0) return undefined
    const openid = decodeURIComponent(value.slice(0, dot))
    const given = Buffer.from(value.slice(dot + 1))
    const expected = Buffer.from(this.mac(openid))
    return given.length === expected.length && timingSafeEqual(given, expected) ? openid : undefined
  }

  private mac(openid: string): string {
    return createHmac('sha256', this.secret).update(openid).digest('base64url')
  }
}

export function parseCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {}
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=')
    if (eq > 0) out[part.slice(0, eq).trim()] = part.slice(eq + 1).trim()
  }
  return out
}
