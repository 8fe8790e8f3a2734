// npm run check:wechat — refuse placeholder WeChat ids before a build or a deploy: the appid (config/wechat.ts and
// project.config.json), the cloud env id (config/wechat.ts and cloudbaserc.json) and the subscription template ids of
// the environment the functions will run in (SHUOSHI_TEMPLATE_ENV, default release). Exit 1 with a line per problem.
import fs from 'node:fs'
import path from 'node:path'
import { TEMPLATE_ENVIRONMENTS, type TemplateEnvironment } from '../../config/subscribe-templates'
import { placeholderProblems, settingsOf } from '../src/runtime/wechat-settings-check'

const root = path.resolve(__dirname, '../..')
const chosen = (process.env.SHUOSHI_TEMPLATE_ENV ?? 'release') as TemplateEnvironment
const environment: TemplateEnvironment = TEMPLATE_ENVIRONMENTS.includes(chosen) && chosen !== 'local' ? chosen : 'release'
const settings = settingsOf(environment)
const problems = placeholderProblems(settings)

const project = JSON.parse(fs.readFileSync(path.join(root, 'project.config.json'), 'utf8')) as { appid?: string }
if (project.appid !== settings.appid) {
  problems.push(`project.config.json 的 appid「${project.appid}」与 config/wechat.ts 的「${settings.appid}」不一致 / project.config.json appid "${project.appid}" differs from config/wechat.ts "${settings.appid}"`)
}
const cloudbase = JSON.parse(fs.readFileSync(path.join(root, 'cloudbaserc.json'), 'utf8')) as { envId?: string }
if (cloudbase.envId !== settings.envId) {
  problems.push(`cloudbaserc.json 的 envId「${cloudbase.envId}」与 config/wechat.ts 的「${settings.envId}」不一致 / cloudbaserc.json envId "${cloudbase.envId}" differs from config/wechat.ts "${settings.envId}"`)
}

if (problems.length > 0) {
  console.error(`✖ 微信配置未完成，不能部署 / WeChat settings are not ready to deploy (${problems.length}):`)
  for (const problem of problems) console.error(`  - ${problem}`)
  process.exit(1)
}
console.log(`✔ 微信配置已填写 / WeChat settings are filled in (appid ${settings.appid}, env ${settings.envId}, templates: ${environment})`)
