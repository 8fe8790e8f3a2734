// Types shared by subscribe.ts and its platform twins (kept apart: inside subscribe.weapp.ts, `./subscribe`
// would resolve back to subscribe.weapp.ts itself).

/** What WeChat answers per template id (Taro's type lacks 'filter': a duplicate title in one call). */
export type SubscribeAnswer = 'accept' | 'reject' | 'ban' | 'filter'

export type SubscribeOutcome =
  | { ok: true; results: Record<string, SubscribeAnswer> }
  /** errCode as WeChat gives it (20004: the user turned the main switch off), when there is one. */
  | { ok: false; errCode?: number; errMsg: string }

export interface SubscribeApi {
  /**
   * Ask the user to accept these one-time templates (≤ 3). On WeChat this must run synchronously inside a tap
   * handler, before any await: the implementation calls the platform API before it returns its promise.
   * Never rejects.
   */
  request(tmplIds: string[]): Promise<SubscribeOutcome>
}

const ANSWERS: readonly string[] = ['accept', 'reject', 'ban', 'filter']

/** Keeps the answers for the ids asked about (WeChat's answer also carries errMsg). */
export function answersFor(tmplIds: string[], raw: Record<string, unknown>): Record<string, SubscribeAnswer> {
  const results: Record<string, SubscribeAnswer> = {}
  for (const id of tmplIds) {
    const answer = raw[id]
    if (typeof answer === 'string' && ANSWERS.includes(answer)) results[id] = answer as SubscribeAnswer
  }
  return results
}
