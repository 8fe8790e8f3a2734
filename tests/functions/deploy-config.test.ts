// The deploy as written: cloudbaserc.json deploys every function with the timeout and timer of its config.json on a
// Node runtime the platform offers; the placeholder check names each placeholder id and `npm run check:wechat` exits 1.
import fs from 'node:fs'
import path from 'node:path'
import { spawnSync } from 'node:child_process'
import { placeholderProblems, settingsOf } from '../../cloudfunctions/src/runtime/wechat-settings-check'

const root = path.join(__dirname, '../..')
const functionsDir = path.join(root, 'cloudfunctions/src/functions')
const rc = JSON.parse(fs.readFileSync(path.join(root, 'cloudbaserc.json'), 'utf8'))

it('cloudbaserc.json deploys every function with its config.json timeout and timer, on Node 18.15 or 16.13', () => {
  const names = fs.readdirSync(functionsDir).filter((name) => fs.existsSync(path.join(functionsDir, name, 'index.ts'))).sort()
  expect(rc.functions.map((f: { name: string }) => f.name).sort()).toEqual(names)
  expect(rc.functionRoot).toBe('./cloudfunctions/dist')
  for (const fn of rc.functions) {
    const config = JSON.parse(fs.readFileSync(path.join(functionsDir, fn.name, 'config.json'), 'utf8'))
    expect([fn.name, fn.runtime]).toEqual([fn.name, expect.stringMatching(/^Nodejs(18\.15|16\.13)$/)])
    expect([fn.name, fn.timeout]).toEqual([fn.name, config.timeout])
    expect([fn.name, fn.timeout <= 60]).toEqual([fn.name, true])
    expect([fn.name, fn.triggers ?? []]).toEqual([fn.name, config.triggers ?? []])
    expect(fn).toMatchObject({ handler: 'index.main', installDependency: true })
  }
})

it('every function that pushes declares subscribeMessage.send; cases the content checks; identity the phone number exchange', () => {
  const permissions = (name: string) => JSON.parse(fs.readFileSync(path.join(functionsDir, name, 'config.json'), 'utf8')).permissions.openapi
  for (const fn of rc.functions) expect(permissions(fn.name)).toContain('subscribeMessage.send')
  expect(permissions('cases')).toEqual(expect.arrayContaining(['security.msgSecCheck', 'security.mediaCheckAsync']))
  expect(permissions('identity')).toContain('phonenumber.getPhoneNumber')
})

it('names each placeholder id in Chinese and English', () => {
  const problems = placeholderProblems(settingsOf('release'))
  expect(problems).toHaveLength(3)
  expect(problems[0]).toMatch(/^小程序 AppID 还是占位值「touristappid」.* \/ The mini-program AppID is still the placeholder "touristappid"/)
  expect(problems[1]).toContain('云开发环境 ID 还是占位值「shuoshi-dev」')
  expect(problems[2]).toContain('subscription template ids for "release" are placeholders')
  const real = { appid: 'wx0123456789abcdef', envId: 'prod-4g1x2y', templateEnvironment: 'release' as const, templateIds: { accepted: 'Zx8-kQ2vT0aA1bB2cC3dD4eE5fF6gG7hH8iI9jJ0kK' } }
  expect(placeholderProblems(real)).toEqual([])
})

it('npm run check:wechat refuses the repository\'s placeholders with exit 1', () => {
  const run = spawnSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'cloudfunctions/tools/check-wechat.ts'], { cwd: root, encoding: 'utf8' })
  expect(run.status).toBe(1)
  expect(run.stderr).toContain('微信配置未完成，不能部署 / WeChat settings are not ready to deploy')
  expect(run.stderr).toContain('touristappid')
})
