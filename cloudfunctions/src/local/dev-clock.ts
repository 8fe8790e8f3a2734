// The local runtime's clock: real time plus a developer offset, so a demo or a test can move time across deadlines.
import type { Clock } from '../../../src/core/ports/clock'

export class OffsetClock implements Clock {
  private offsetMs = 0
  now(): Date {
    return new Date(Date.now() + this.offsetMs)
  }
  getOffset(): number {
    return this.offsetMs
  }
  setOffset(ms: number): void {
    this.offsetMs = ms
  }
}
