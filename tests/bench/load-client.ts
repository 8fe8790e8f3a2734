// The client process of `npm run bench:load`: drives one or more servers (load-target.ts), one action at a time, with
// `connections` keep-alive connections on each (action-driver.ts): a warm-up (not counted), then `duration` seconds
// of each server, `runs` times. With several servers (the sizes of a mix, load.ts), a read action's run is cut into
// slices of about a second and the servers take turns slice by slice (the order turned round every run), so the two
// sides of an action's 1M/100k ratio are measured in the same seconds and a slow moment of the shared machine falls
// on both alike. Submit's runs are driven whole, one server after the other, each followed by a rest (--settle) while
// that server copies its log back. Prints one JSON line: per server, per action the run with the median req/s (its
// p50, p99, errors and mean answer size in bytes) and every run's req/s. Each connection is a minimal HTTP/1.1 client
// (http-connection.ts), so the client takes as little as it can of the cores it shares with the servers.
//
// Options: --url a[,b…] --cases ids of a[;ids of b…] (comma-separated) --connections 16 --warmup 3 --duration 20
// --runs 1 --slice 1 (seconds of a read slice) --actions whoami,get,… --group reads|writes|all --settle 0 (ms of rest
// after each submit run, load.ts) --community community-hangkonglu
import { ActionDriver, emptyTally, summarize } from './action-driver'
import { LoadTarget } from './load-target'
import { medianRun, type ActionResult } from './median-run'

export type { ActionResult }

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`)
  return index >= 0 ? process.argv[index + 1] : fallback
}

const urls = option('url', 'http://127.0.0.1:10086').split(',')
const caseLists = option('cases', '').split(';')
const connections = Number(option('connections', '16'))
const warmup = Number(option('warmup', '3'))
const duration = Number(option('duration', '20'))
const community = option('community', 'community-hangkonglu')
const only = option('actions', '').split(',').filter(Boolean)
const runs = Math.max(1, Number(option('runs', '1')))
const group = option('group', 'all')
const settleMs = Number(option('settle', '0'))
const sliceSeconds = Number(option('slice', '1'))

/**
 * The actions are measured in runs: each run drives every action of the group once (on every server in turn), so a
 * slow minute falls on one run of several actions rather than on every run of one action, and the median run filters
 * it out. Submit comes after every read (its new cases would change what the lists read).
 */
async function main(): Promise<void> {
  const targets = urls.map((url, i) => new LoadTarget({ url, caseIds: (caseLists[i] ?? '').split(',').filter(Boolean), community }))
  const requests = await Promise.all(targets.map((target) => target.requests()))
  const names = Object.keys(requests[0]).filter((name) => only.length === 0 || only.includes(name))
  const reads = names.filter((name) => name !== 'submit')
  const writes = names.filter((name) => name === 'submit')
  const groups = (group === 'reads' ? [reads] : group === 'writes' ? [writes] : [reads, writes]).filter((g) => g.length > 0)
  const measured = targets.map(() => Object.fromEntries(names.map((name) => [name, [] as ActionResult[]])))
  for (const driven of groups) {
    for (let run = 0; run < runs; run += 1) {
      process.stderr.write(`${driven === writes ? 'submit' : 'reads'}: run ${run + 1} of ${runs}\n`)
      for (const name of driven) {
        const order = run % 2 === 0 ? targets.map((_, i) => i) : targets.map((_, i) => i).reverse()
        const drivers = targets.map((target, i) => new ActionDriver(target, requests[i][name], connections))
        const tallies = targets.map(() => emptyTally())
        // A full warm-up before an action's first run; a short one before its later runs (other actions ran between).
        if (warmup > 0) for (const i of order) await drivers[i].drive(run === 0 ? warmup : Math.min(warmup, 1))
        if (name === 'submit') {
          for (const i of order) {
            await drivers[i].drive(duration, tallies[i])
            // A server copies the log of the submits it just stored back into its database in the background: let
            // it finish, so that work is not counted against the next server's run.
            if (settleMs > 0) await new Promise((resolve) => setTimeout(resolve, settleMs))
          }
        } else {
          // The servers take turns in slices, so a slow moment of the machine falls on every side of the ratio alike.
          const slices = Math.max(1, Math.round(duration / sliceSeconds))
          for (let s = 0; s < slices; s += 1) for (const i of order) await drivers[i].drive(duration / slices, tallies[i])
        }
        drivers.forEach((driver) => driver.close())
        tallies.forEach((tally, i) => measured[i][name].push(summarize(tally)))
      }
    }
  }
  const results = measured.map((byName) => Object.fromEntries(groups.flat().map((name) => [name, medianRun(byName[name])])))
  results.forEach((byName, i) => {
    if (targets.length > 1) process.stderr.write(`  ${urls[i]}\n`)
    for (const [name, r] of Object.entries(byName)) {
      process.stderr.write(`  ${name.padEnd(22)} ${String(r.rps).padStart(7)} req/s  p50 ${r.p50} ms  p99 ${r.p99} ms${r.errors ? `  errors ${r.errors}` : ''}${r.runs ? `  runs ${r.runs.join(' / ')}` : ''}\n`)
    }
  })
  console.log(JSON.stringify(results))
  for (const target of targets) target.close()
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
