// 入户说事 and staff intake: the intake form and the outbox of finished intakes waiting for the network.
import type { StateCreator } from 'zustand'
import type { ShuoshiState, StoreDeps } from './types'

type Middlewares = [['zustand/persist', unknown]]

// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface IntakeSlice {}

export const createIntakeSlice =
  (_deps: StoreDeps): StateCreator<ShuoshiState, Middlewares, [], IntakeSlice> =>
  () => ({})
