// `npm start`: build the H5 app when missing, then serve the local runtime at http://127.0.0.1:10086.
// Options: --port N (PORT), --host H (HOST), --data DIR (SHUOSHI_DATA), --allow-personas (needed off loopback),
// --readers N (SHUOSHI_READERS: threads that answer the read actions; one per core, at most four; 0: none).
import fs from 'node:fs'
import path from 'node:path'
import { spawnSync } from 'node:child_process'
import { startLocalServer } from './server'
import { defaultReaderCount } from './reader-pool'
import { fillCountersOnce } from './fill-counters'

function option(name: string, env: string | undefined): string | undefined {
  const index = process.argv.indexOf(`--${name}`)
  return index >= 0 ? process.argv[index + 1] : env
}

async function main(): Promise<void> {
  const port = Number(option('port', process.env.PORT) ?? 10086)
  const host = option('host', process.env.HOST) ?? '127.0.0.1'
  const dataDir = path.resolve(option('data', process.env.SHUOSHI_DATA) ?? '.data')
  const loopback = ['127.0.0.1', 'localhost', '::1'].includes(host)
  const allowPersonas = loopback || process.argv.includes('--allow-personas')
  const staticDir = path.resolve('dist/h5')
  const readers = Number(option('readers', process.env.SHUOSHI_READERS) ?? defaultReaderCount())
  if (!Number.isInteger(readers) || readers < 0 || readers > 16) {
    console.error('启动失败：--readers（SHUOSHI_READERS）应为 0 到 16 之间的整数')
    process.exit(1)
  }

  if (!fs.existsSync(path.join(staticDir, 'index.html'))) {
    console.log('首次启动：正在构建 H5 页面（约 20 秒）…')
    const built = spawnSync('npm', ['run', '-s', 'build:h5'], { stdio: 'inherit' })
    if (built.status !== 0) process.exit(built.status ?? 1)
  }
  if (!loopback) console.warn(`警告：服务绑定在 ${host}，局域网内其他设备可以访问。${allowPersonas ? '演示身份登录已开启（--allow-personas）。' : '演示身份登录已关闭。'}`)

  const server = await startLocalServer({ port, host, dataDir, staticDir, allowPersonas, readers })
  fillCountersOnce(server.runtime.db, (line) => console.log(line))
  console.log(`说事 本地运行时已启动：${server.url}`)
  console.log(`数据目录：${dataDir}　消息发件箱：${server.url}/dev/outbox`)
  const stop = async () => {
    await server.close()
    process.exit(0)
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((error) => {
  console.error('启动失败：', error)
  process.exit(1)
})
