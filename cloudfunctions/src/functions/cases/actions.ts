// The `cases` function: 说事 (submit), reading, and the 理事 / 办事 / 评事 workflow actions.
import { ACTION_SCHEMAS, GET_SCHEMA, LIST_BOARD_SCHEMA, LIST_MINE_SCHEMA, LIST_QUEUE_SCHEMA, SUBMIT_SCHEMA, type ChangeAction } from '../../../../src/core/contracts/case-inputs'
import { submitCase } from '../../../../src/core/application/submit-case'
import { linkToReception } from '../../../../src/core/application/meetings/link-reception'
import { changeCase } from '../../../../src/core/application/change-case'
import { getCase } from '../../../../src/core/application/get-case'
import { listBoard, listMine, listQueue } from '../../../../src/core/application/list-cases'
import { presentCase } from '../../../../src/core/application/present-cases'
import { listSimilar } from '../../../../src/core/application/list-similar'
import { countWaiting } from '../../../../src/core/application/count-waiting'
import { cleanupUploads, prepareUpload } from '../../../../src/core/application/attachments'
import { checkImages, checkText, holdForReview, releaseContent } from '../../../../src/core/application/content-review'
import { id, oneOf, text } from '../../../../src/core/contracts/validation'
import { ok, type Result } from '../../../../src/core/contracts/result'
import type { CaseRecord } from '../../../../src/core/domain/case'
import type { CaseView } from '../../../../src/core/contracts/views'
import type { ActionContext, ActionMap, ActionSpec } from '../../runtime/action'

/** A case answered as the caller sees it (the full CaseView), or the failure as it is. */
async function answerCase({ deps, actor }: ActionContext, result: Result<CaseRecord>): Promise<Result<CaseView>> {
  return result.ok ? ok(await presentCase(deps, actor, result.value)) : result
}

/** A workflow action answered with the caller's view of the updated case. */
export function changeAction(action: ChangeAction): ActionSpec {
  return {
    schema: ACTION_SCHEMAS[action],
    run: async (ctx, input) => answerCase(ctx, await changeCase(ctx.deps, ctx.actor, action, input)),
  }
}

const CASE_CHANGES: ChangeAction[] = [
  'resolveOnSpot', 'mergeDuplicate', 'refer', 'assign', 'accept', 'progress', 'requestExtension',
  'approveExtension', 'denyExtension', 'returnToStaff', 'complete', 'rate', 'recordFollowUp',
]

export const casesActions: ActionMap = {
  /** 说事: the text is checked (content security) at submit; a flagged one is held from the board for staff review, never dropped. */
  submit: {
    schema: SUBMIT_SCHEMA,
    run: async (ctx, input) => {
      const verdict = await checkText(ctx.deps, input.text, 'report')
      const result = await submitCase(ctx.deps, ctx.actor, input)
      if (result.ok) {
        await holdForReview(ctx.deps, result.value, 'text', verdict)
        await checkImages(ctx.deps, result.value)
        await linkToReception(ctx.deps, result.value)
      }
      return answerCase(ctx, result)
    },
  },
  get: { schema: GET_SCHEMA, run: ({ deps, actor }, input) => getCase(deps, actor, input.caseId) },
  listMine: { schema: LIST_MINE_SCHEMA, run: ({ deps, actor }, input) => listMine(deps, actor, input) },
  listQueue: { schema: LIST_QUEUE_SCHEMA, run: ({ deps, actor }, input) => listQueue(deps, actor, input) },
  listBoard: { schema: LIST_BOARD_SCHEMA, run: ({ deps, actor }, input) => listBoard(deps, actor, input) },
  listSimilar: { schema: GET_SCHEMA, run: ({ deps, actor }, input) => listSimilar(deps, actor, input) },
  countWaiting: { schema: {}, run: ({ deps, actor }) => countWaiting(deps, actor) },
  /** WeChat: the storage path for the caller's next photo or recording, recorded as theirs (private storage). */
  prepareUpload: {
    schema: { idempotencyKey: text('上传编号', { min: 8, max: 64 }), name: text('文件名', { max: 100 }), createdAt: text('时间', { max: 40, optional: true }) },
    run: ({ deps, openid }, input) => prepareUpload(deps, openid, input),
  },
  /** Timer (daily): delete uploads that no case has used for a day. */
  cleanupUploads: { schema: {}, timerOnly: true, run: ({ deps }) => cleanupUploads(deps) },
  ...Object.fromEntries(CASE_CHANGES.map((action) => [action, changeAction(action)])),
  /** 受理分类: a gist staff type for a voice-only report becomes the case text (the board's summary): it is checked too. */
  triage: {
    schema: ACTION_SCHEMAS.triage,
    run: async (ctx, input) => {
      const gist = typeof input.gist === 'string' && input.gist.trim() ? input.gist.trim() : undefined
      const verdict = gist ? await checkText(ctx.deps, gist, 'report') : undefined
      const result = await changeCase(ctx.deps, ctx.actor, 'triage', input)
      if (result.ok && verdict) await holdForReview(ctx.deps, result.value, 'text', verdict)
      return answerCase(ctx, result)
    },
  },
  /** 公示: what the board will show is checked first; a flagged result is published for the petitioner but held from the board. */
  publish: {
    schema: ACTION_SCHEMAS.publish,
    run: async (ctx, input) => {
      const verdict = await checkText(ctx.deps, input.publishedResult, 'publication')
      const result = await changeCase(ctx.deps, ctx.actor, 'publish', input)
      if (result.ok) await holdForReview(ctx.deps, result.value, 'publishedResult', verdict)
      return answerCase(ctx, result)
    },
  },
  /** Staff review: the held text may show on the board. */
  releaseContent: {
    schema: { caseId: id('事项'), field: oneOf('内容', ['text', 'publishedResult', 'image'] as const) },
    run: ({ deps, actor }, input) => releaseContent(deps, actor, input),
  },
}
