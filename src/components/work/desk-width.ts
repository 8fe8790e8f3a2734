// Is the screen wide enough (≥ 1024 px, a desk) to show the chosen case beside its list? Platform files implement it:
//   desk-width.h5.ts — the browser window, following resizes
//   this file        — the mini-program (and TypeScript): a phone never is a desk; a tap opens the case page
export const DESK_MIN_WIDTH = 1024

export function isDeskWidth(width: number): boolean {
  return width >= DESK_MIN_WIDTH
}

export function useDeskWidth(): boolean {
  return false
}
