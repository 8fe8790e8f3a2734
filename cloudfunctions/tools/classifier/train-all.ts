// `npm run train:classifier [-- flags]`: rebuild the category model (train.ts, flags passed on) and, when it
// writes a model (no --dev / --compare), the urgent-situation scorer too — one command after new corrections.
import { spawnSync } from 'child_process'
import * as path from 'path'

const flags = process.argv.slice(2)
const run = (script: string, args: string[]) => {
  const result = spawnSync(process.execPath, [require.resolve('tsx/cli'), path.join(__dirname, script), ...args], { stdio: 'inherit' })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

run('train.ts', flags)
if (!flags.includes('--dev') && !flags.includes('--compare')) run('train-urgent.ts', [])
