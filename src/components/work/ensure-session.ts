// A page opened straight from a pushed message or a shared link starts the app there: find out who is reading first.
import { useShuoshiStore } from '@/stores'

export async function ensureSession(): Promise<void> {
  const state = useShuoshiStore.getState()
  if (state.sessionStatus === 'unknown') await state.loadSession()
}
