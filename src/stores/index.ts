// One store built from slices. Only the 我要说事 draft (text, its idempotency key and the photos/recordings already
// uploaded) is kept on the phone, so a draft made before a lost connection or a closed app is still there, same key.
import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import { cloudApi } from '@/services/cloud-api'
import { sessionApi } from '@/services/session'
import { taroStorage } from '@/services/storage'
import { createCasesSlice, persistedDraft, restoreDraft } from './cases-slice'
import { createInboxSlice } from './inbox-slice'
import { createRegistrationSlice } from './registration-slice'
import { createSessionSlice } from './session-slice'
import { createWorkbenchSlice } from './workbench-slice'
import { createIntakeSlice } from './intake-slice'
import { persistedOutbox, restoreOutbox } from '@/packages/intake/model/outbox-storage'
import { createWorkSlice } from './work-slice'
import { createMeetingsSlice } from './meetings-slice'
import { createTopicsSlice } from './topics-slice'
import type { ShuoshiState, StoreDeps } from './types'

export const STORE_KEY = 'shuoshi-store'

export function createShuoshiStore(deps: StoreDeps) {
  return create<ShuoshiState>()(
    persist(
      (...args) => ({
        ...createSessionSlice(deps)(...args),
        ...createCasesSlice(deps)(...args),
        ...createInboxSlice(deps)(...args),
        ...createRegistrationSlice(deps)(...args),
        ...createWorkbenchSlice(deps)(...args),
        ...createIntakeSlice(deps)(...args),
        ...createWorkSlice(deps)(...args),
        ...createMeetingsSlice(deps)(...args),
        ...createTopicsSlice(deps)(...args),
      }),
      {
        name: STORE_KEY,
        version: 2,
        storage: createJSONStorage(() => deps.storage ?? taroStorage),
        // The intake outbox too: finished intakes wait on the phone, with their keys, until they are sent.
        partialize: (state) => ({ draft: persistedDraft(state.draft), intakeOutbox: persistedOutbox(state.intakeOutbox) }),
        // Version 1 kept { text, idempotencyKey }; whatever was stored, the draft comes back well-formed.
        migrate: (stored) => ({ draft: restoreDraft((stored as { draft?: unknown } | undefined)?.draft) }),
        merge: (stored, current) => ({
          ...current,
          draft: restoreDraft((stored as { draft?: unknown } | undefined)?.draft ?? current.draft),
          intakeOutbox: restoreOutbox((stored as { intakeOutbox?: unknown } | undefined)?.intakeOutbox ?? current.intakeOutbox),
        }),
      },
    ),
  )
}

export const useShuoshiStore = createShuoshiStore({ api: cloudApi, session: sessionApi })

export type { ShuoshiState } from './types'
