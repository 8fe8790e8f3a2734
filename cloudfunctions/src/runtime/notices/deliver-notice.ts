// Deliver a notice: always into the inbox (消息中心); then, if the user holds a credit for the template,
// as a subscription message. 43101 clears the credit and is not retried; transient errors retry with backoff;
// 47003 is logged with the field WeChat names. A failed push never throws: the inbox already has the notice.
// A notice with an id is delivered once: the second time its inbox entry exists and nothing is pushed.
import type { Notice, Notifier } from '../../../../src/core/ports/notifier'
import type { Clock } from '../../../../src/core/ports/clock'
import type { IdGenerator } from '../../../../src/core/ports/ids'
import type { CreditStore, InboxStore, PushLog, PushLogEntry, PushSender } from '../../../../src/core/ports/messages'
import type { UserRepository } from '../../../../src/core/ports/repositories'
import { SUBSCRIBE_TEMPLATES, type TemplateEnvironment } from '../../../../config/subscribe-templates'
import { formatTemplateData } from './format-template'

export interface DeliveryDeps {
  inbox: InboxStore
  credits: CreditStore
  sender: PushSender
  log: PushLog
  users: UserRepository
  clock: Clock
  ids: IdGenerator
  environment: TemplateEnvironment
  /** Waits between retries; tests pass a recorder. */
  sleep?: (ms: number) => Promise<void>
  /** Attempts for transient errors, the first included. */
  attempts?: number
}

export const REFUSED = 43101
export const INVALID_DATA = 47003
/** System busy, rate limits, token refresh: worth another try. */
const TRANSIENT = new Set([-1, 45009, 45011, 40001, 42001])

export function createDeliveringNotifier(deps: DeliveryDeps): Notifier {
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)))
  const maxAttempts = deps.attempts ?? 3
  return {
    async notify(notice: Notice) {
      const at = deps.clock.now().toISOString()
      const inboxEntry = { id: notice.id ?? deps.ids.next(), userId: notice.userId, kind: notice.kind, title: notice.title, body: notice.body, read: false, createdAt: at }
      // A notice with an id that is already in the inbox was delivered before (a resumed sweep): push nothing again.
      if (!(await deps.inbox.add(notice.caseId ? { ...inboxEntry, caseId: notice.caseId } : inboxEntry))) return

      const template = SUBSCRIBE_TEMPLATES[notice.kind]
      const templateId = template.ids[deps.environment]
      const record = (entry: Pick<PushLogEntry, 'outcome' | 'attempts'> & Partial<PushLogEntry>) =>
        deps.log.add({ id: deps.ids.next(), userId: notice.userId, kind: notice.kind, templateId, at, ...entry })
      const user = await deps.users.get(notice.userId)
      if (!user || !(await deps.credits.take(notice.userId, templateId))) return record({ outcome: 'noCredit', attempts: 0 })

      const message = {
        touser: user.openid,
        templateId,
        page: template.page.replace('{caseId}', notice.caseId ?? ''),
        data: formatTemplateData(template.keywords, { ...notice.values, time: notice.values?.time ?? at }),
      }
      for (let attempt = 1; ; attempt++) {
        const answer = await sendSafely(deps.sender, message)
        if (answer.errCode === 0) return record({ outcome: 'sent', attempts: attempt })
        const details = { errCode: answer.errCode, errMsg: answer.errMsg, attempts: attempt }
        if (answer.errCode === REFUSED) {
          await deps.credits.clear(notice.userId, templateId)
          return record({ outcome: 'refused', ...details })
        }
        if (answer.errCode === INVALID_DATA) {
          await deps.credits.refund(notice.userId, templateId)
          const field = answer.errMsg.match(/data\.(\w+)(?:\.value)? invalid/)?.[1]
          console.warn(`[shuoshi] WeChat refused ${notice.kind} data, field ${field ?? '?'}: ${answer.errMsg}`)
          return record({ outcome: 'invalidData', ...details, ...(field ? { field } : {}) })
        }
        if (!TRANSIENT.has(answer.errCode) || attempt >= maxAttempts) {
          await deps.credits.refund(notice.userId, templateId)
          return record({ outcome: 'failed', ...details })
        }
        await sleep(200 * 2 ** (attempt - 1))
      }
    },
  }
}

async function sendSafely(sender: PushSender, message: Parameters<PushSender['send']>[0]) {
  try {
    return await sender.send(message)
  } catch (error) {
    const code = (error as { errCode?: unknown }).errCode
    return { errCode: typeof code === 'number' ? code : -1, errMsg: error instanceof Error ? error.message : String(error) }
  }
}
