// Browser (local runtime): no subscription API exists, and the local outbox stands in for WeChat's pushes,
// so the user is taken to have accepted every template asked about.
import type { SubscribeAnswer, SubscribeApi } from './subscribe-types'

export const subscribeApi: SubscribeApi = {
  request(tmplIds) {
    const results: Record<string, SubscribeAnswer> = {}
    for (const id of tmplIds) results[id] = 'accept'
    return Promise.resolve({ ok: true, results })
  },
}
