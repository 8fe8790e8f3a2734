// 住户登记: a WeChat user the server does not know yet picks community → building → room (or 找不到我家), gives a
// name and, if they like, a phone number (typed, or given by WeChat and verified on the server), agrees to the privacy
// guide, and becomes a resident (identity.listCommunities, identity.register).
import type { StateCreator } from 'zustand'
import type { RegistrationCommunity, RegistrationForm, RegistrationSlice, ShuoshiState, StoreDeps } from './types'

type Middlewares = [['zustand/persist', unknown]]

export const NAME_MAX = 20

export const REGISTRATION_MESSAGES = {
  noCommunity: '请先选您住的社区',
  noName: '请填写您的姓名',
  nameTooLong: `姓名最多${NAME_MAX}个字`,
  badPhone: '手机号码要填11位数字，不想填可以空着',
  noConsent: '请先阅读并同意《用户隐私保护指引》',
} as const

/** The phone number as typed, without the spaces and dashes people put in (“139 7210 0001”). */
export function normalizePhone(phone: string): string {
  return phone.replace(/[\s-]/g, '')
}

/** What is wrong with the form, in a few Chinese words, or undefined when it can be sent. The server checks again. */
export function checkRegistration(form: RegistrationForm): string | undefined {
  if (!form.communityId) return REGISTRATION_MESSAGES.noCommunity
  const name = form.name.trim()
  if (name === '') return REGISTRATION_MESSAGES.noName
  if (Array.from(name).length > NAME_MAX) return REGISTRATION_MESSAGES.nameTooLong
  const phone = normalizePhone(form.phone)
  if (!form.phoneCode && phone !== '' && !/^1\d{10}$/.test(phone)) return REGISTRATION_MESSAGES.badPhone
  if (!form.privacyConsent) return REGISTRATION_MESSAGES.noConsent
  return undefined
}

/** The identity.register payload: optional fields only when given; a WeChat phone code stands in for a typed number. */
export function registrationPayload(form: RegistrationForm): { communityId: string; name: string; phone?: string; phoneCode?: string; householdId?: string; privacyConsent: boolean } {
  const phone = normalizePhone(form.phone)
  return {
    communityId: form.communityId ?? '',
    name: form.name.trim(),
    ...(form.phoneCode ? { phoneCode: form.phoneCode } : phone ? { phone } : {}),
    ...(form.householdId ? { householdId: form.householdId } : {}),
    privacyConsent: form.privacyConsent,
  }
}

export const createRegistrationSlice =
  (deps: StoreDeps): StateCreator<ShuoshiState, Middlewares, [], RegistrationSlice> =>
  (set, get) => ({
    communities: [],
    communitiesStatus: 'idle',
    registering: false,

    async loadCommunities() {
      if (get().communitiesStatus === 'loading') return
      set({ communitiesStatus: 'loading', communitiesError: undefined })
      const answer = await deps.api.callFunction<RegistrationCommunity[]>('identity', 'listCommunities', {})
      if (answer.ok) set({ communities: Array.isArray(answer.data) ? answer.data : [], communitiesStatus: 'loaded' })
      else set({ communitiesStatus: 'failed', communitiesError: answer.message })
    },

    async register(form) {
      if (get().registering) return false
      const problem = checkRegistration(form)
      if (problem) {
        set({ registerError: problem })
        return false
      }
      set({ registering: true, registerError: undefined })
      const answer = await deps.api.callFunction<{ userId: string }>('identity', 'register', registrationPayload(form))
      if (!answer.ok) {
        set({ registering: false, registerError: answer.message })
        return false
      }
      // A new user: nothing of an earlier session may linger, and whoami now knows them.
      get().resetCases()
      get().resetInbox()
      await get().loadSession()
      set({ registering: false })
      return true
    },

    clearRegisterError() {
      if (get().registerError) set({ registerError: undefined })
    },
  })
