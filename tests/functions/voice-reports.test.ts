// Voice reports the classifier can read: a transcript sent as the text is classified and the recording kept; a
// recording alone is marked 语音待转写 (needsTranscript) with no suggestion, and the gist staff type at triage becomes
// its text, is classified, and the event keeps what the resident sent.
import { createHarness, data, key, type Harness } from '../support/local-harness'
import type { CaseDetail, CaseList, CaseView } from '../../src/core/contracts/views'
import { VOICE_ONLY_TEXT } from '../../src/core/domain/voice'

const COMMUNITY = 'community-hangkonglu'
const MP3 = Buffer.from('494433040000000000', 'hex')
let h: Harness
beforeEach(async () => { h = await createHarness('2026-11-30T02:00:00Z') })
afterEach(() => h.close())

async function recording(openid = 'persona-resident') {
  const fileId = (await h.runtime.files.put(openid, key(), MP3, 'audio/mpeg', h.clock.now().toISOString())).fileId
  return { fileId, kind: 'audio' as const, name: 'voice.mp3' }
}
const submit = async (text: string) =>
  data<CaseView>(await h.call('persona-resident', 'cases', 'submit', { communityId: COMMUNITY, text, channel: 'self', idempotencyKey: key(), attachments: [await recording()] }))

it('classifies a transcript sent as the text, and keeps the recording', async () => {
  const c = await submit('小区门口的垃圾堆了好几天了，没人清运，味道很大')
  expect(c.needsTranscript).toBeUndefined()
  expect(c.suggestion).toMatchObject({ category: 'sanitation' })
  expect(c.attachments).toEqual([expect.objectContaining({ kind: 'audio', name: 'voice.mp3' })])
})

it('marks a recording alone 语音待转写, unclassified, for staff in the queue and on the case page', async () => {
  const c = await submit(VOICE_ONLY_TEXT)
  expect(c).toMatchObject({ text: VOICE_ONLY_TEXT, needsTranscript: true, urgency: 'normal' })
  expect(c.suggestion).toBeUndefined()
  const queue = data<CaseList>(await h.call('persona-staff', 'cases', 'listQueue', { group: 'awaitingStaff' }))
  expect(queue.items.find((item) => item.id === c.id)).toMatchObject({ needsTranscript: true })
  expect(data<CaseDetail>(await h.call('persona-staff', 'cases', 'get', { caseId: c.id })).case).toMatchObject({ needsTranscript: true })
  // Typed text that happens to have no recording is not waiting for anything.
  const typed = data<CaseView>(await h.call('persona-resident', 'cases', 'submit', { communityId: COMMUNITY, text: VOICE_ONLY_TEXT, channel: 'self', idempotencyKey: key() }))
  expect(typed.needsTranscript).toBeUndefined()
})

it('takes the gist staff type at triage as the text, classifies it and keeps the original in the event', async () => {
  const c = await submit(VOICE_ONLY_TEXT)
  const gist = '3栋门口垃圾堆了好几天没人清运'
  const triaged = data<CaseView>(await h.call('persona-staff', 'cases', 'triage', { caseId: c.id, version: c.version, category: 'sanitation', urgency: 'normal', gist }))
  expect(triaged).toMatchObject({ text: gist, category: 'sanitation', suggestion: { category: 'sanitation' } })
  expect(triaged.needsTranscript).toBeUndefined()
  expect(triaged.attachments).toEqual(c.attachments)
  const detail = data<CaseDetail>(await h.call('persona-staff', 'cases', 'get', { caseId: c.id }))
  expect(detail.timeline.at(-1)).toMatchObject({ action: 'triage', data: { gist, originalText: VOICE_ONLY_TEXT, audio: [c.attachments[0].fileId] } })
  expect(detail.timeline.at(-1)!.data).not.toHaveProperty('correctedFrom')
})

it('records a correction of the gist\'s suggestion like any other', async () => {
  const c = await submit(VOICE_ONLY_TEXT)
  const triaged = data<CaseView>(await h.call('persona-staff', 'cases', 'triage', { caseId: c.id, version: c.version, category: 'facility', urgency: 'normal', gist: '小区门口垃圾堆了好几天没人清运' }))
  const detail = data<CaseDetail>(await h.call('persona-staff', 'cases', 'get', { caseId: triaged.id }))
  expect(detail.timeline.at(-1)!.data).toMatchObject({ correctedFrom: 'sanitation' })
})

it('refuses a gist for a case that has its text, and triages without one as before', async () => {
  const c = await submit('楼道里的灯坏了一个星期，晚上看不见')
  const refused = await h.call('persona-staff', 'cases', 'triage', { caseId: c.id, version: c.version, category: 'facility', urgency: 'normal', gist: '改写的内容' })
  expect(refused).toMatchObject({ ok: false, code: 'INVALID_INPUT', field: 'gist' })
  const voice = await submit(VOICE_ONLY_TEXT)
  const triaged = data<CaseView>(await h.call('persona-staff', 'cases', 'triage', { caseId: voice.id, version: voice.version, category: 'other', urgency: 'normal' }))
  expect(triaged).toMatchObject({ text: VOICE_ONLY_TEXT, needsTranscript: true })
})
