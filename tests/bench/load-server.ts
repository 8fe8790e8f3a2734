// The server process of `npm run bench:load`: the real local server (same dispatcher, adapters and SQLite file) on
// a prepared data folder, timers off so that only the driven load runs, with the readers `npm start` has (--readers N). Prints `ready <url>` once it listens.
import { startLocalServer } from '../../cloudfunctions/src/local/server'
import { defaultReaderCount } from '../../cloudfunctions/src/local/reader-pool'

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`)
  return index >= 0 ? process.argv[index + 1] : undefined
}

async function main(): Promise<void> {
  const dataDir = option('data')
  if (!dataDir) throw new Error('--data DIR is required')
  const server = await startLocalServer({ port: Number(option('port') ?? 0), host: '127.0.0.1', dataDir, staticDir: option('static') ?? dataDir, allowPersonas: true, enableTimers: false, quiet: true, readers: Number(option('readers') ?? defaultReaderCount()) })
  console.log(`ready ${server.url}`)
  const stop = async () => {
    await server.close()
    process.exit(0)
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
