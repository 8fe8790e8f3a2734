// Workers' lists beside the queue: 公示栏, 议事会 agenda, the supervision view, waiting counts, worker push consent.
import type { StateCreator } from 'zustand'
import type { ShuoshiState, StoreDeps } from './types'

type Middlewares = [['zustand/persist', unknown]]

// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface WorkSlice {}

export const createWorkSlice =
  (_deps: StoreDeps): StateCreator<ShuoshiState, Middlewares, [], WorkSlice> =>
  () => ({})
