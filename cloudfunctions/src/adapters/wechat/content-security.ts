// WeChat content security: security.msgSecCheck v2 for texts (decided on result.suggest, not on errcode) and
// security.mediaCheckAsync for photos (the verdict is pushed later as a wxa_media_check event; see mediaCheckVerdict).
// Both need the caller's openid (it must have used the mini-program within 2 hours): taken from getWXContext().
// Holds live in the collection content_reviews; pending photo checks in media_checks (by trace_id).
import type { ContentCheck, ContentCheckResult, ContentHold, ContentReviewStore, ContentScene, ContentVerdict } from '../../../../src/core/ports/content-check'
import type { CloudDatabase, StoredDoc } from '../cloud-db/database-api'
import { compact, getOrUndefined } from '../cloud-db/doc-helpers'
import type { IndexSpec } from '../cloud-db/indexes'

export const CONTENT_COLLECTIONS = { reviews: 'content_reviews', mediaChecks: 'media_checks' } as const

export const CONTENT_REVIEW_INDEXES: IndexSpec[] = [
  { name: 'caseId_at', fields: [{ field: 'caseId', direction: 'asc' }, { field: 'at', direction: 'asc' }], usedBy: 'content holds of the cases of a board page or a case page' },
]

/** msgSecCheck labels (result.label) as staff read them. */
export const LABEL_REASONS: Record<number, string> = {
  100: '正常', 10001: '疑似广告信息', 20001: '疑似时政敏感内容', 20002: '疑似色情信息', 20003: '疑似辱骂内容',
  20006: '疑似违法犯罪信息', 20008: '疑似欺诈信息', 20012: '疑似低俗内容', 20013: '疑似侵犯版权', 21000: '疑似其他违规内容',
}
/** msgSecCheck scene: 1 资料, 2 评论, 3 论坛, 4 社交日志. */
const SCENES: Record<ContentScene, number> = { report: 2, publication: 3 }

interface SecResult { errCode?: number; errMsg?: string; result?: { suggest?: string; label?: number }; trace_id?: string }

export interface SecurityApi {
  openapi: {
    security: {
      msgSecCheck(options: Record<string, unknown>): Promise<SecResult>
      mediaCheckAsync(options: Record<string, unknown>): Promise<SecResult>
    }
  }
  getWXContext(): { OPENID?: string; ENV?: string }
}

const toVerdict = (suggest: unknown): ContentVerdict => (suggest === 'pass' || suggest === 'review' || suggest === 'risky' ? suggest : 'review')
const reasonOf = (label: unknown) => LABEL_REASONS[Number(label)] ?? '疑似违规内容'

/** The verdict of a check answer: `pass`, or held with the label's reason. A failed call holds for review: nothing is published unchecked, nothing is lost. */
export function verdictOf(answer: SecResult | undefined): ContentCheckResult {
  if (!answer?.result?.suggest) return { verdict: 'review', reason: `内容安全检查未完成（${answer?.errCode ?? '-'} ${answer?.errMsg ?? ''}）`.trim() }
  const verdict = toVerdict(answer.result.suggest)
  return verdict === 'pass' ? { verdict } : { verdict, reason: reasonOf(answer.result.label) }
}

export function createWechatContentCheck(cloud: SecurityApi, db: CloudDatabase, tempUrl: (fileId: string) => Promise<string | undefined>): ContentCheck {
  return {
    async check(text, scene) {
      const openid = cloud.getWXContext().OPENID
      if (!openid) return { verdict: 'review', reason: '无法确认发布人，内容待人工复核' }
      try {
        return verdictOf(await cloud.openapi.security.msgSecCheck({ openid, scene: SCENES[scene], version: 2, content: text.slice(0, 2500) }))
      } catch (error) {
        const e = error as { errCode?: number; errMsg?: string; message?: string }
        console.warn(`[shuoshi] msgSecCheck failed: errCode ${e.errCode ?? '-'} ${e.errMsg ?? e.message ?? String(error)}`)
        return verdictOf({ errCode: e.errCode, errMsg: e.errMsg ?? e.message })
      }
    },
    async checkImage(fileId, ref) {
      const openid = cloud.getWXContext().OPENID
      const url = await tempUrl(fileId)
      if (!openid || !url) return
      try {
        const answer = await cloud.openapi.security.mediaCheckAsync({ media_url: url, media_type: 2, version: 2, openid, scene: SCENES.report })
        if (answer.trace_id) {
          await db.collection(CONTENT_COLLECTIONS.mediaChecks).doc(answer.trace_id).set({ data: { caseId: ref.caseId, fileId, at: new Date().toISOString() } })
        }
      } catch (error) {
        const e = error as { errCode?: number; errMsg?: string; message?: string }
        console.warn(`[shuoshi] mediaCheckAsync failed: errCode ${e.errCode ?? '-'} ${e.errMsg ?? e.message ?? String(error)}`)
      }
    },
  }
}

/**
 * The wxa_media_check event (云开发 → 设置 → 消息推送 to the cases function): the photo check of a trace_id this
 * environment started. Unknown trace ids (a forged event) answer undefined and change nothing.
 */
export async function mediaCheckVerdict(db: CloudDatabase, event: { trace_id?: unknown; result?: { suggest?: string; label?: number } }): Promise<{ caseId: string; fileId: string; result: ContentCheckResult } | undefined> {
  if (typeof event.trace_id !== 'string' || !event.trace_id) return undefined
  const ref = db.collection(CONTENT_COLLECTIONS.mediaChecks).doc(event.trace_id)
  const pending = await getOrUndefined(ref)
  if (!pending) return undefined
  await ref.remove()
  return { caseId: String(pending.caseId), fileId: String(pending.fileId), result: verdictOf({ result: event.result }) }
}

const holdId = (h: ContentHold) => `${h.caseId}__${h.field}${h.fileId ? `__${h.fileId}` : ''}`.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 200)
const fromDoc = (d: StoredDoc): ContentHold => compact({
  caseId: String(d.caseId), field: d.field as ContentHold['field'], verdict: d.verdict as ContentHold['verdict'],
  reason: String(d.reason), at: String(d.at), fileId: d.fileId as string | undefined,
})

export function createCloudContentReviews(db: CloudDatabase): ContentReviewStore {
  const _ = db.command
  const reviews = () => db.collection(CONTENT_COLLECTIONS.reviews)
  return {
    async release(caseId, field) {
      const { data } = await reviews().where({ caseId: _.in([caseId]) }).orderBy('at', 'asc').limit(100).get()
      const lifted = data.filter((d) => d.field === field)
      for (const doc of lifted) await reviews().doc(doc._id).remove()
      return lifted.length
    },
    async hold(entry) {
      const ref = reviews().doc(holdId(entry))
      if (await getOrUndefined(ref)) return false
      await ref.set({ data: compact({ ...entry }) })
      return true
    },
    async listForCases(caseIds) {
      if (caseIds.length === 0) return []
      const { data } = await reviews().where({ caseId: _.in([...caseIds]) }).orderBy('at', 'asc').limit(1000).get()
      return data.map(fromDoc)
    },
  }
}
