// `npm run reset`: delete the local database and files, then re-create the demo community.
import fs from 'node:fs'
import path from 'node:path'
import { createLocalRuntime } from './local-deps'
import { optimizeDatabase } from '../adapters/sqlite'
import { seedDemo, seedDemoCredits } from './seed'

async function main(): Promise<void> {
  const dataDir = path.resolve(process.env.SHUOSHI_DATA ?? '.data')
  for (const name of ['shuoshi.db', 'shuoshi.db-wal', 'shuoshi.db-shm', 'files']) fs.rmSync(path.join(dataDir, name), { recursive: true, force: true })
  const runtime = createLocalRuntime(dataDir)
  await seedDemo(runtime.deps.repos)
  await seedDemoCredits(runtime.deps.credits)
  optimizeDatabase(runtime.db)
  runtime.db.close()
  console.log(`已重建演示数据：${dataDir}`)
}

main().catch((error) => {
  console.error('重置失败：', error)
  process.exit(1)
})
