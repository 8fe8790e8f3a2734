// The `identity` function: who the caller is, the street's directory, the message centre, subscription consent,
// and administration (admin-actions.ts: address book import, invites, workers).
import { whoami } from '../../../../src/core/application/whoami'
import { getDirectory } from '../../../../src/core/application/get-directory'
import { listConsents, listInbox, markInboxRead, recordConsent } from '../../../../src/core/application/messages'
import { listCommunitiesForRegistration, registerResident } from '../../../../src/core/application/register-resident'
import { bool, integer, list, id, text } from '../../../../src/core/contracts/validation'
import { LIMITS } from '../../../../src/core/contracts/functions'
import type { Rule } from '../../../../src/core/contracts/validation'
import type { NoticeKind } from '../../../../src/core/domain/notice-kinds'
import { SUBSCRIBE_TEMPLATES } from '../../../../config/subscribe-templates'
import type { ActionMap } from '../../runtime/action'
import { templateEnvironment } from '../../runtime/template-environment'
import { adminActions } from './admin-actions'
import { setupActions } from './setup-actions'
import { settingsActions } from './settings-actions'
/** This environment's template id of every notice kind. */
const templateIdOfKind = () =>
  Object.fromEntries((Object.keys(SUBSCRIBE_TEMPLATES) as NoticeKind[]).map((kind) => [kind, SUBSCRIBE_TEMPLATES[kind].ids[templateEnvironment()]])) as Record<NoticeKind, string>
const templateIds = () => Object.values(templateIdOfKind())

const consentResults: Rule = (value) => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { error: '订阅结果格式不对' }
  const entries = Object.entries(value as Record<string, unknown>)
  if (entries.length > 20 || entries.some(([, answer]) => typeof answer !== 'string')) return { error: '订阅结果格式不对' }
  return { value }
}

export const identityActions: ActionMap = {
  whoami: { schema: {}, run: ({ deps, actor }) => whoami(deps, actor) },
  /** For the 住户登记 form: the communities and their buildings and households (room labels only, no names). */
  listCommunities: {
    guest: true,
    schema: {},
    run: async ({ deps }) => ({ ok: true, value: await listCommunitiesForRegistration(deps) }),
  },
  register: {
    guest: true,
    schema: {
      communityId: id('社区'),
      name: text('姓名', { max: 20 }),
      phone: text('手机号码', { max: 11, optional: true }),
      phoneCode: text('手机号验证', { max: 128, optional: true }),
      householdId: id('门牌', { optional: true }),
      privacyConsent: bool('同意隐私保护指引', { optional: true }),
    },
    async run({ deps, openid }, input) {
      const result = await registerResident(deps, openid!, input)
      return result.ok ? { ok: true, value: { userId: result.value.id, name: result.value.name, role: result.value.role, communityId: result.value.communityId } } : result
    },
  },
  getDirectory: { schema: {}, run: ({ deps, actor }) => getDirectory(deps, actor) },
  listInbox: {
    schema: { cursor: text('翻页位置', { max: 200, optional: true }), limit: integer('每页条数', { min: 1, max: LIMITS.maxPageSize, optional: true }) },
    run: ({ deps, actor }, input) => listInbox(deps, actor, input),
  },
  markInboxRead: { schema: { ids: list('消息', id('消息编号'), { max: 100 }) }, run: ({ deps, actor }, input) => markInboxRead(deps, actor, input) },
  recordConsent: { schema: { results: consentResults }, run: ({ deps, actor }, input) => recordConsent(deps, actor, input, templateIds()) },
  /** Which subscriptions are on for the caller: sends left per notice kind. */
  listConsents: { schema: {}, run: ({ deps, actor }) => listConsents(deps, actor, templateIdOfKind()) },
  /** The template ids of this environment per notice kind, for Taro.requestSubscribeMessage (at most 3 per call). */
  listTemplates: { schema: {}, run: async () => ({ ok: true, value: templateIdOfKind() }) },
  ...adminActions,
  ...setupActions,
  ...settingsActions,
}
