// Run each function's timer trigger from its config.json on the same schedule WeChat would (real timers).
import fs from 'node:fs'
import path from 'node:path'
import { nextFire } from './cron'

export interface TimerSpec {
  functionName: string
  name: string
  cron: string
}

export function readTimers(functionsDir: string, names: string[]): TimerSpec[] {
  const specs: TimerSpec[] = []
  for (const functionName of names) {
    const file = path.join(functionsDir, functionName, 'config.json')
    if (!fs.existsSync(file)) continue
    const config = JSON.parse(fs.readFileSync(file, 'utf8')) as { triggers?: { name: string; type: string; config: string }[] }
    for (const trigger of config.triggers ?? []) {
      if (trigger.type === 'timer') specs.push({ functionName, name: trigger.name, cron: trigger.config })
    }
  }
  return specs
}

/** Schedule every timer; `run` is awaited so runs of one timer never overlap locally. Returns a stop function. */
export function startTimers(specs: TimerSpec[], now: () => Date, run: (spec: TimerSpec) => Promise<void>): () => void {
  const handles = new Map<string, NodeJS.Timeout>()
  let stopped = false
  const schedule = (spec: TimerSpec) => {
    if (stopped) return
    const next = nextFire(spec.cron, now())
    if (!next) {
      console.error(`[shuoshi] timer ${spec.functionName}/${spec.name}: "${spec.cron}" does not fire within 2 days; the local runtime does not run it`)
      return
    }
    const delay = Math.max(0, Math.min(next.getTime() - now().getTime(), 2 ** 31 - 1))
    handles.set(spec.name, setTimeout(async () => {
      try {
        await run(spec)
      } catch (error) {
        console.error(`[shuoshi] timer ${spec.functionName}/${spec.name} failed:`, error)
      }
      schedule(spec)
    }, delay))
  }
  specs.forEach(schedule)
  return () => {
    stopped = true
    handles.forEach((h) => clearTimeout(h))
  }
}
