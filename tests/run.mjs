// `npm test`: typecheck, build what the tests drive (functions, weapp, H5), then run every jest project.
import { spawnSync } from 'node:child_process'

function run(label, command, args) {
  console.log(`\n▶ ${label}`)
  const started = Date.now()
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, CI: process.env.CI ?? 'true' } })
  if (result.status !== 0) {
    console.error(`✖ ${label} failed (exit ${result.status})`)
    process.exit(result.status ?? 1)
  }
  console.log(`✔ ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`)
}

run('typecheck', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit'])
run('build cloud functions', 'node', ['cloudfunctions/build.mjs'])
if (process.env.SHUOSHI_SKIP_APP_BUILD !== '1') {
  run('build weapp', 'npx', ['taro', 'build', '--type', 'weapp'])
  run('build h5', 'npx', ['taro', 'build', '--type', 'h5'])
}
run('jest', 'npx', ['jest', '--ci', ...process.argv.slice(2)])
