// Port: the current instant. Tests use a fixed clock; the local runtime adds a developer offset.
export interface Clock {
  now(): Date
}

export const systemClock: Clock = { now: () => new Date() }
