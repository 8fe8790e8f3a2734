// The subscription template ids of every environment with their check status, for the admin's settings page.
// They stay in config/subscribe-templates.ts, not in the database: each id goes with its keyword mapping (thing1,
// time2 … → notice fields) in the same file, so a new template is a code change; the functions check the ids at
// cold start and refuse every call with a placeholder (wechat-settings-check.ts), and `npm run check:wechat` checks
// them before a deploy — a value in the database could be neither.
import { SUBSCRIBE_TEMPLATES, TEMPLATE_ENVIRONMENTS, type TemplateEnvironment } from '../../../config/subscribe-templates'
import type { NoticeKind } from '../../../src/core/domain/notice-kinds'
import { templateEnvironment } from './template-environment'

export const TEMPLATES_LIVE_IN_FILES = '订阅消息模板编号写在 config/subscribe-templates.ts，随代码发布：每个编号要和同一文件里的关键词（thing1、time2 …）对应，换模板就要改代码；云函数启动时检查编号，占位值会让函数拒绝服务；发布前 npm run check:wechat 也会检查。所以这里只能查看，不能修改。'

export interface TemplateStatus {
  /** The environment this runtime uses. */
  current: TemplateEnvironment
  why: string
  rows: Array<{ kind: NoticeKind; title: string; ids: Record<TemplateEnvironment, { id: string; ready: boolean }> }>
}

/** A real id: not empty, not a SET_… placeholder; `local-…` ids are real for the local outbox only. */
export function templateIdReady(environment: TemplateEnvironment, id: string): boolean {
  if (!id || id.startsWith('SET_')) return false
  return environment === 'local' || !id.startsWith('local-')
}

export function templateStatus(env: NodeJS.ProcessEnv = process.env): TemplateStatus {
  const rows = (Object.keys(SUBSCRIBE_TEMPLATES) as NoticeKind[]).map((kind) => {
    const spec = SUBSCRIBE_TEMPLATES[kind]
    const ids = Object.fromEntries(TEMPLATE_ENVIRONMENTS.map((e) => [e, { id: spec.ids[e], ready: templateIdReady(e, spec.ids[e]) }])) as TemplateStatus['rows'][number]['ids']
    return { kind, title: spec.title, ids }
  })
  return { current: templateEnvironment(env), why: TEMPLATES_LIVE_IN_FILES, rows }
}
