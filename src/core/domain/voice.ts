// Voice reports: a resident who only recorded sends the placeholder text 语音说事 with the recording. Such a case
// needs a transcript (语音待转写): staff listen and type the gist at triage, which becomes the case's text.
import type { CaseRecord } from './case'

/** Sent as the text when the resident only recorded their report (no transcript, nothing typed). */
export const VOICE_ONLY_TEXT = '语音说事'

/** What staff see on a case that waits for its gist. */
export const NEEDS_TRANSCRIPT_LABEL = '语音待转写'

/** True for a report that is only a recording: nothing was typed or transcribed, so nothing can be classified. */
export function needsTranscript(item: Pick<CaseRecord, 'text' | 'attachments'>): boolean {
  return item.text.trim() === VOICE_ONLY_TEXT && item.attachments.some((attachment) => attachment.kind === 'audio')
}
