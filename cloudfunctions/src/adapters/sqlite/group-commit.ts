// Group commit: writes that arrive while the server reads other requests are stored in one transaction. Each write
// keeps its own savepoint, so it succeeds or fails on its own, and its promise settles only after the commit. One
// commit writes a B-tree page that many writes share (the newest index leaves, the day's counter, the statistics rows)
// once instead of once per write: under 16 concurrent submits that is most of what a submit costs (issue 12).
import { setImmediate } from 'node:timers'
import type { Database } from './database'

interface Pending<Args extends unknown[], Result> {
  args: Args
  resolve: (value: Result) => void
  reject: (error: unknown) => void
}

/**
 * `write` as a promise: calls made in the same turn of the event loop are run after it, in the order they came, each
 * in a savepoint of one IMMEDIATE transaction. A write that throws rolls back its own savepoint and rejects its own
 * promise; the others commit. When the commit itself fails, every write of the group rejects.
 */
export function groupCommit<Args extends unknown[], Result>(db: Database, write: (...args: Args) => Result): (...args: Args) => Promise<Result> {
  const savepoint = db.transaction(write)
  let queue: Array<Pending<Args, Result>> = []

  const runGroup = db.transaction((group: Array<Pending<Args, Result>>) =>
    group.map((pending) => {
      try {
        return { ok: true as const, value: savepoint(...pending.args) }
      } catch (error) {
        // A failure that ended the whole transaction (SQLite rolls back on some I/O errors) fails the group.
        if (!db.inTransaction) throw error
        return { ok: false as const, error }
      }
    }),
  )

  function flush(): void {
    const group = queue
    queue = []
    let outcomes: ReturnType<typeof runGroup>
    try {
      outcomes = runGroup.immediate(group)
    } catch (error) {
      for (const pending of group) pending.reject(error)
      return
    }
    outcomes.forEach((outcome, i) => (outcome.ok ? group[i].resolve(outcome.value) : group[i].reject(outcome.error)))
  }

  return (...args: Args) =>
    new Promise<Result>((resolve, reject) => {
      if (queue.length === 0) setImmediate(flush)
      queue.push({ args, resolve, reject })
    })
}
