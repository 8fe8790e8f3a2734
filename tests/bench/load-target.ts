// One server measured by the load client (load-client.ts): its signed-in personas, its case ids, and the requests of
// every action against it. Sign-in and the walk to page 51 go over one connection of their own.
import { HttpConnection } from './http-connection'

export interface LoadRequest {
  fn: string
  body: () => string
  persona: string
}

export interface TargetOptions {
  url: string
  /** Case ids that `get` reads in turn. */
  caseIds: string[]
  community: string
}

const json = (action: string, payload: unknown) => () => JSON.stringify({ action, payload })

export class LoadTarget {
  readonly host: string
  readonly port: number
  private readonly setup: HttpConnection
  private readonly cookies = new Map<string, string>()
  private counter = 0

  constructor(private readonly options: TargetOptions) {
    const url = new URL(options.url)
    this.host = url.hostname
    this.port = Number(url.port)
    this.setup = new HttpConnection(this.host, this.port)
  }

  async signIn(personaId: string): Promise<string> {
    const known = this.cookies.get(personaId)
    if (known) return known
    const res = await this.setup.post('/api/dev/sign-in', JSON.stringify({ personaId }))
    const set = res.headers['set-cookie']
    if (res.status !== 200 || !set) throw new Error(`sign-in of ${personaId} failed: ${res.status} ${res.text}`)
    const cookie = set.split(';')[0]
    this.cookies.set(personaId, cookie)
    return cookie
  }

  /** Every action's request, by name. */
  async requests(): Promise<Record<string, LoadRequest>> {
    const { caseIds, community } = this.options
    const deep = await this.deepCursor('persona-staff', 'open', 50)
    return {
      whoami: { persona: 'persona-staff', fn: 'identity', body: json('whoami', {}) },
      get: { persona: 'persona-staff', fn: 'cases', body: () => JSON.stringify({ action: 'get', payload: { caseId: caseIds[this.counter++ % caseIds.length] } }) },
      'listQueue staff p1': { persona: 'persona-staff', fn: 'cases', body: json('listQueue', { group: 'open', limit: 20 }) },
      'listQueue handler p1': { persona: 'persona-handler', fn: 'cases', body: json('listQueue', { group: 'open', limit: 20 }) },
      'listQueue grid p1': { persona: 'persona-grid', fn: 'cases', body: json('listQueue', { group: 'open', limit: 20 }) },
      'listQueue staff p51': { persona: 'persona-staff', fn: 'cases', body: json('listQueue', { group: 'open', limit: 20, cursor: deep }) },
      listMine: { persona: 'persona-resident', fn: 'cases', body: json('listMine', { limit: 20 }) },
      listBoard: { persona: 'persona-resident', fn: 'cases', body: json('listBoard', { communityId: community, limit: 20 }) },
      listAgenda: { persona: 'persona-staff', fn: 'meetings', body: json('listAgenda', { limit: 20 }) },
      submit: {
        persona: 'persona-resident',
        fn: 'cases',
        body: () => JSON.stringify({ action: 'submit', payload: { communityId: community, channel: 'self', text: '航空路小区1栋楼道的灯坏了，晚上看不见路', idempotencyKey: `bench-${process.pid}-${Date.now()}-${this.counter++}` } }),
      },
    }
  }

  close(): void {
    this.setup.close()
  }

  /** Page 51 of a list: walks 50 pages once, before the clock starts. */
  private async deepCursor(persona: string, group: string, pages: number): Promise<string | undefined> {
    let cursor: string | undefined
    const cookie = await this.signIn(persona)
    for (let i = 0; i < pages; i += 1) {
      const body = JSON.stringify({ action: 'listQueue', payload: { group, limit: 20, cursor } })
      const res = JSON.parse((await this.setup.post('/api/functions/cases', body, cookie)).text)
      if (!res.ok) throw new Error(`listQueue page ${i + 1}: ${res.message}`)
      cursor = res.data.nextCursor
      if (!cursor) return undefined
    }
    return cursor
  }
}
