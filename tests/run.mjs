// `npm test`: typecheck, build what the tests drive (functions, weapp, H5), then run every jest project.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`)
  const started = Date.now()
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, CI: process.env.CI ?? 'true', ...env } })
  if (result.status !== 0) {
    console.error(`✖ ${label} failed (exit ${result.status})`)
    process.exit(result.status ?? 1)
  }
  console.log(`✔ ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`)
}

// The browser tests drive Debian's Chromium: find it, or install it the way .ci/run does (apt, as root or with sudo).
function ensureChromium() {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  if (fs.existsSync(chromium)) return
  console.log(`\n▶ no Chromium at ${chromium}: installing Debian's chromium (apt-get install -y chromium)`)
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0
  const sudo = asRoot ? [] : ['sudo', '-n']
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  for (const args of [['apt-get', 'update', '-qq'], ['apt-get', 'install', '-y', '-qq', 'chromium', 'fonts-noto-cjk']]) {
    const command = [...sudo, ...args]
    const result = spawnSync(command[0], command.slice(1), { stdio: 'inherit', env })
    if (result.status !== 0) {
      console.error(`✖ could not install Chromium (${command.join(' ')} exited ${result.status}). Install it with \`apt-get install -y chromium\` or set CHROMIUM_PATH.`)
      process.exit(1)
    }
  }
  if (!fs.existsSync(chromium)) {
    console.error(`✖ Debian's chromium is installed but there is no browser at ${chromium}. Set CHROMIUM_PATH to it.`)
    process.exit(1)
  }
}

ensureChromium()
run('typecheck', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit'])
run('build cloud functions', 'node', ['cloudfunctions/build.mjs'])
if (process.env.SHUOSHI_SKIP_APP_BUILD !== '1') {
  run('build weapp', 'npx', ['taro', 'build', '--type', 'weapp'])
  run('build h5', 'npx', ['taro', 'build', '--type', 'h5'])
  // The 微信同声传译 path (off in the default build): tests/weapp/submit-voice.test.ts drives this one.
  run('build weapp with WechatSI', 'npx', ['taro', 'build', '--type', 'weapp'], { SHUOSHI_WECHATSI: '1', SHUOSHI_DIST: process.env.SHUOSHI_WECHATSI_DIST ?? 'dist-wechatsi' })
}
run('jest', 'npx', ['jest', '--ci', ...process.argv.slice(2)])
