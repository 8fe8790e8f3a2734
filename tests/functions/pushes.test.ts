// Subscription pushes: credits from consents, WeChat's error codes (43101, 47003, transient), and the inbox that never misses.
import { createDeliveringNotifier } from '../../cloudfunctions/src/runtime/notices/deliver-notice'
import { createSqliteCredits, createSqliteInbox, createSqlitePushLog } from '../../cloudfunctions/src/adapters/local/sqlite-message-stores'
import type { PushMessage, PushSender } from '../../src/core/ports/messages'
import type { Notice } from '../../src/core/ports/notifier'
import { createHarness, data, type Harness } from '../support/local-harness'

let h: Harness
beforeEach(async () => { h = await createHarness() })
afterEach(() => h.close())

function scriptedSender(codes: number[]): PushSender & { sent: PushMessage[] } {
  const sent: PushMessage[] = []
  return {
    sent,
    async send(message) {
      sent.push(message)
      const errCode = codes.length ? codes.shift()! : 0
      const errMsg = errCode === 47003 ? 'argument invalid! data.thing2.value invalid' : errCode === 0 ? 'ok' : `error ${errCode}`
      return { errCode, errMsg }
    },
  }
}

function notifierWith(sender: PushSender, waits: number[] = []) {
  const db = h.runtime.db
  return createDeliveringNotifier({
    inbox: createSqliteInbox(db), credits: createSqliteCredits(db), log: createSqlitePushLog(db), users: h.runtime.deps.repos.users,
    clock: h.clock, ids: h.runtime.deps.ids, environment: 'local', sender, sleep: async (ms) => { waits.push(ms) },
  })
}

const notice: Notice = { userId: 'user-wang', kind: 'accepted', caseId: 'case1', title: '您说的事已受理', body: 'SS1：楼道垃圾', values: { caseNo: 'SS202611300001', summary: '航空路小区1栋楼道垃圾三天没人清理气味很大请尽快处理', status: '已受理' } }
const credits = () => h.runtime.deps.credits
const pushLog = () => h.runtime.db.prepare('SELECT outcome, err_code AS errCode, field, attempts FROM push_log ORDER BY rowid').all()
const inboxCount = () => (h.runtime.db.prepare("SELECT COUNT(*) AS n FROM inbox WHERE user_id = 'user-wang'").get() as { n: number }).n

beforeEach(async () => { await credits().clear('user-wang', 'local-accepted') })

it('sends only while the user holds credits, and always fills the inbox', async () => {
  const sender = scriptedSender([])
  const notifier = notifierWith(sender)
  await credits().add('user-wang', 'local-accepted', 2)
  for (let i = 0; i < 3; i++) await notifier.notify(notice)
  expect(sender.sent).toHaveLength(2)
  expect(await credits().get('user-wang', 'local-accepted')).toBe(0)
  expect(inboxCount()).toBe(3)
  expect(pushLog()).toEqual([
    { outcome: 'sent', errCode: null, field: null, attempts: 1 },
    { outcome: 'sent', errCode: null, field: null, attempts: 1 },
    { outcome: 'noCredit', errCode: null, field: null, attempts: 0 },
  ])
  expect(sender.sent[0]).toEqual({
    touser: 'persona-resident', templateId: 'local-accepted', page: 'pages/case/index?id=case1',
    data: { character_string1: { value: 'SS202611300001' }, thing2: { value: '航空路小区1栋楼道垃圾三天没人清理气味…' }, phrase3: { value: '已受理' }, time4: { value: '2026-11-30 10:00' } },
  })
})

it('43101: clears the credit and does not retry', async () => {
  const sender = scriptedSender([43101])
  await credits().add('user-wang', 'local-accepted', 5)
  await notifierWith(sender).notify(notice)
  expect(sender.sent).toHaveLength(1)
  expect(await credits().get('user-wang', 'local-accepted')).toBe(0)
  expect(pushLog()).toEqual([{ outcome: 'refused', errCode: 43101, field: null, attempts: 1 }])
  expect(inboxCount()).toBe(1)
})

it('retries transient errors with backoff, then gives the credit back', async () => {
  const waits: number[] = []
  const sender = scriptedSender([-1, 45009, -1])
  await credits().add('user-wang', 'local-accepted', 1)
  await notifierWith(sender, waits).notify(notice)
  expect(sender.sent).toHaveLength(3)
  expect(waits).toEqual([200, 400])
  expect(await credits().get('user-wang', 'local-accepted')).toBe(1)
  expect(pushLog()).toEqual([{ outcome: 'failed', errCode: -1, field: null, attempts: 3 }])
})

it('succeeds on a retry after a transient error', async () => {
  const sender = scriptedSender([-1, 0])
  await credits().add('user-wang', 'local-accepted', 1)
  await notifierWith(sender).notify(notice)
  expect(pushLog()).toEqual([{ outcome: 'sent', errCode: null, field: null, attempts: 2 }])
  expect(await credits().get('user-wang', 'local-accepted')).toBe(0)
})

it('47003: logs the field WeChat names, does not retry, keeps the credit', async () => {
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
  const sender = scriptedSender([47003])
  await credits().add('user-wang', 'local-accepted', 1)
  await notifierWith(sender).notify(notice)
  expect(sender.sent).toHaveLength(1)
  expect(pushLog()).toEqual([{ outcome: 'invalidData', errCode: 47003, field: 'thing2', attempts: 1 }])
  expect(await credits().get('user-wang', 'local-accepted')).toBe(1)
  expect(warn).toHaveBeenCalledWith(expect.stringContaining('thing2'))
  warn.mockRestore()
})

it('a sender that throws counts as transient and never breaks the workflow', async () => {
  const sender: PushSender = { send: async () => { throw Object.assign(new Error('socket hang up'), {}) } }
  await credits().add('user-wang', 'local-accepted', 1)
  await expect(notifierWith(sender).notify(notice)).resolves.toBeUndefined()
  expect(pushLog()).toEqual([{ outcome: 'failed', errCode: -1, field: null, attempts: 3 }])
})

it('records consents from requestSubscribeMessage as credits, one per accept', async () => {
  const answer = await h.call('persona-resident', 'identity', 'recordConsent', { results: { 'local-accepted': 'accept', 'local-assigned': 'reject', 'local-unknown': 'accept', errMsg: 'requestSubscribeMessage:ok' } })
  expect(data(answer)).toEqual({ accepted: ['local-accepted'] })
  expect(await credits().get('user-wang', 'local-accepted')).toBe(1)
  expect(await h.call('persona-resident', 'identity', 'recordConsent', { results: 'all' })).toMatchObject({ ok: false, code: 'INVALID_INPUT', field: 'results' })
})

it('shows the message centre with unread counts', async () => {
  const sender = scriptedSender([])
  await notifierWith(sender).notify(notice)
  h.clock.advanceDays(0.01)
  await notifierWith(sender).notify({ ...notice, kind: 'assigned', title: '您说的事已交办' })
  const inbox = data<{ items: { id: string; title: string }[]; unread: number }>(await h.call('persona-resident', 'identity', 'listInbox', {}))
  expect(inbox.unread).toBe(2)
  expect(inbox.items.map((i) => i.title)).toEqual(['您说的事已交办', '您说的事已受理'])
  expect(data(await h.call('persona-resident', 'identity', 'markInboxRead', { ids: [inbox.items[0].id] }))).toEqual({ marked: 1 })
  expect(data<{ unread: number }>(await h.call('persona-resident', 'identity', 'listInbox', {})).unread).toBe(1)
  expect(data(await h.call('persona-staff', 'identity', 'markInboxRead', { ids: [inbox.items[1].id] }))).toEqual({ marked: 0 })
})
