// One action's figures in `npm run bench:load`, and the median of several runs of it.
export interface ActionResult {
  requests: number
  errors: number
  rps: number
  p50: number
  p99: number
  meanBytes: number
  firstError?: string
  /** Every run's req/s, when there were several (the figures above are the median run's). */
  runs?: number[]
}

/** The run with the median req/s, with every run's req/s when there were several. */
export function medianRun(measured: ActionResult[]): ActionResult {
  const median = [...measured].sort((a, b) => a.rps - b.rps)[Math.floor(measured.length / 2)]
  return measured.length > 1 ? { ...median, runs: measured.map((m) => m.rps) } : median
}
