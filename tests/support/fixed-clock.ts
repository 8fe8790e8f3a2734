// A clock the test sets and moves by hand.
import type { Clock } from '../../src/core/ports/clock'

export class FixedClock implements Clock {
  private current: Date
  constructor(start: string | Date) {
    this.current = new Date(start)
  }
  now(): Date {
    return new Date(this.current)
  }
  set(instant: string | Date): void {
    this.current = new Date(instant)
  }
  advanceDays(days: number): void {
    this.current = new Date(this.current.getTime() + days * 86400000)
  }
}
