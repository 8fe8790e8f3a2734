// Who is using the app (identity.whoami) and, in local mode, the demo personas to sign in as.
import type { StateCreator } from 'zustand'
import type { ShuoshiState, SessionSlice, StoreDeps, WhoAmI } from './types'
import { adoptStoredCalendarYears } from '@/services/work-calendar'

type Middlewares = [['zustand/persist', unknown]]

export const createSessionSlice =
  (deps: StoreDeps): StateCreator<ShuoshiState, Middlewares, [], SessionSlice> =>
  (set, get) => ({
    sessionStatus: 'unknown',
    personas: [],

    async loadSession() {
      set({ sessionStatus: 'loading', sessionError: undefined })
      const answer = await deps.api.callFunction<WhoAmI>('identity', 'whoami', {})
      if (answer.ok) {
        adoptStoredCalendarYears(answer.data.calendarYears)
        set({ sessionStatus: 'signedIn', user: answer.data.user, community: answer.data.community })
      } else if (answer.code === 'UNAUTHENTICATED') {
        set({ sessionStatus: 'signedOut', user: undefined, community: undefined })
      } else {
        set({ sessionStatus: 'failed', sessionError: answer.message })
      }
    },

    async loadPersonas() {
      const answer = await deps.session.listPersonas()
      if (answer.ok) set({ personas: answer.data, personasError: undefined })
      else set({ personasError: answer.message })
    },

    async signIn(personaId) {
      const answer = await deps.session.signIn(personaId)
      if (!answer.ok) {
        set({ personasError: answer.message })
        return false
      }
      get().resetCases()
      get().resetInbox()
      get().resetWork()
      await get().loadSession()
      return get().sessionStatus === 'signedIn'
    },

    async signOut() {
      await deps.session.signOut()
      get().resetCases()
      get().resetInbox()
      get().resetWork()
      set({ sessionStatus: 'signedOut', user: undefined, community: undefined })
    },
  })
