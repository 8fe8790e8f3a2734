// The case workbench: the action forms' drafts and running a workflow action on a case.
import type { StateCreator } from 'zustand'
import type { ShuoshiState, StoreDeps } from './types'

type Middlewares = [['zustand/persist', unknown]]

// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface WorkbenchSlice {}

export const createWorkbenchSlice =
  (_deps: StoreDeps): StateCreator<ShuoshiState, Middlewares, [], WorkbenchSlice> =>
  () => ({})
