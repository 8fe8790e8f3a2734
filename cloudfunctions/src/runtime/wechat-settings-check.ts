// Placeholder ids fail late and silently on WeChat (a cloud call to a tourist appid, pushes to template SET_…).
// This names each one in Chinese and English. Used by the functions at cold start (they then refuse every call) and
// by `npm run check:wechat` before a build or deploy.
import { CLOUD_ENV_ID, WECHAT_APPID } from '../../../config/wechat'
import { SUBSCRIBE_TEMPLATES, type TemplateEnvironment } from '../../../config/subscribe-templates'
import type { NoticeKind } from '../../../src/core/domain/notice-kinds'

export interface WechatSettings {
  appid: string
  envId: string
  templateEnvironment: TemplateEnvironment
  /** notice kind → template id of that environment */
  templateIds: Record<string, string>
}

/** What the repository ships with: to be replaced before a real deployment. */
const PLACEHOLDER_APPIDS = new Set(['touristappid', ''])
const PLACEHOLDER_ENV_IDS = new Set(['shuoshi-dev', 'your-env-id', ''])

export function settingsOf(environment: TemplateEnvironment): WechatSettings {
  const templateIds = Object.fromEntries((Object.keys(SUBSCRIBE_TEMPLATES) as NoticeKind[]).map((kind) => [kind, SUBSCRIBE_TEMPLATES[kind].ids[environment]]))
  return { appid: WECHAT_APPID, envId: CLOUD_ENV_ID, templateEnvironment: environment, templateIds }
}

export function placeholderProblems(settings: WechatSettings): string[] {
  const problems: string[] = []
  if (PLACEHOLDER_APPIDS.has(settings.appid) || !/^wx[0-9a-f]{16}$/.test(settings.appid)) {
    problems.push(`小程序 AppID 还是占位值「${settings.appid}」：请在 config/wechat.ts 的 WECHAT_APPID 和 project.config.json 的 appid 填入真实 AppID（wx 开头 18 位） / The mini-program AppID is still the placeholder "${settings.appid}": put the real AppID (wx + 16 hex) in config/wechat.ts WECHAT_APPID and project.config.json appid`)
  }
  if (PLACEHOLDER_ENV_IDS.has(settings.envId)) {
    problems.push(`云开发环境 ID 还是占位值「${settings.envId}」：请在 config/wechat.ts 的 CLOUD_ENV_ID 和 cloudbaserc.json 的 envId 填入真实环境 ID / The cloud environment id is still the placeholder "${settings.envId}": put the real env id in config/wechat.ts CLOUD_ENV_ID and cloudbaserc.json envId`)
  }
  const unset = Object.entries(settings.templateIds).filter(([, id]) => !id || id.startsWith('SET_') || id.startsWith('local-')).map(([kind]) => kind)
  if (unset.length > 0) {
    problems.push(`订阅消息模板 ID（${settings.templateEnvironment}）还有 ${unset.length} 个是占位值（${unset.join('、')}）：请在 config/subscribe-templates.ts 填入 微信公众平台 → 订阅消息 → 我的模板 中的模板 ID / ${unset.length} subscription template ids for "${settings.templateEnvironment}" are placeholders (${unset.join(', ')}): put the ids from 订阅消息 → 我的模板 in config/subscribe-templates.ts`)
  }
  return problems
}
