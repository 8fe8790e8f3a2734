// Port: content security (WeChat security.msgSecCheck v2 / mediaCheckAsync; locally a word list) and the holds it
// leads to. `review` and `risky` never drop what a resident said: the text is held back from the 公示栏 and sent to
// staff review with the reason.
export const CONTENT_VERDICTS = ['pass', 'review', 'risky'] as const
export type ContentVerdict = (typeof CONTENT_VERDICTS)[number]

export interface ContentCheckResult {
  verdict: ContentVerdict
  /** Why it is not `pass`, in Chinese (e.g. 疑似广告信息). */
  reason?: string
}

/** `report`: what a resident or worker brings in; `publication`: what the 公示栏 shows. */
export type ContentScene = 'report' | 'publication'

export interface ContentCheck {
  /** Checks a text for the caller (WeChat: the caller's openid, from the platform context). */
  check(text: string, scene: ContentScene): Promise<ContentCheckResult>
  /** Images: submitted for an asynchronous check where the platform has one (WeChat mediaCheckAsync); the verdict comes later. */
  checkImage?(fileId: string, ref: { caseId: string }): Promise<void>
}

/** Which part of a case is held back: the resident's text (the board's summary), the published result, or a photo. */
export type HeldField = 'text' | 'publishedResult' | 'image'

export interface ContentHold {
  caseId: string
  field: HeldField
  verdict: Exclude<ContentVerdict, 'pass'>
  reason: string
  at: string
  /** For `image`: which file. */
  fileId?: string
}

export interface ContentReviewStore {
  /** Records the hold; false when the same case and field were already held (a retried call). */
  hold(entry: ContentHold): Promise<boolean>
  listForCases(caseIds: readonly string[]): Promise<ContentHold[]>
  /** Lifts the holds of a case's field (staff found it fine, or a new text passed); answers how many. */
  release(caseId: string, field: HeldField): Promise<number>
}
