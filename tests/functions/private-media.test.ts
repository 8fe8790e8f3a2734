// Private media on the local runtime: uploads are recorded with their uploader; a case attaches only the caller's own
// uploads (others answer INVALID_INPUT 附件无效，请重新上传); cases.get gives each file a link of the signed-in file
// route; uploads no case used are removed after a day by the cases timer.
import fs from 'node:fs'
import path from 'node:path'
import { createHarness, data, key, type Harness } from '../support/local-harness'
import type { CaseDetail, CaseView } from '../../src/core/contracts/views'

const COMMUNITY = 'community-hangkonglu'
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')
let h: Harness
beforeEach(async () => { h = await createHarness('2026-11-30T02:00:00Z') })
afterEach(() => h.close())

async function upload(openid: string, contentType = 'image/png') {
  return (await h.runtime.files.put(openid, key(), PNG, contentType, h.clock.now().toISOString())).fileId
}
const submit = (as: string, fileId: string) =>
  h.call<CaseView>(as, 'cases', 'submit', { communityId: COMMUNITY, text: '楼道灯坏了，晚上看不见路', channel: 'self', idempotencyKey: key(), attachments: [{ fileId, kind: 'image', name: 'photo-1.png' }] })
const fileOnDisk = (fileId: string) => fs.existsSync(path.join(h.runtime.dataDir, 'files', fileId))

it('accepts the caller\'s own upload and answers cases.get with a link to it for those who may see the case', async () => {
  const fileId = await upload('persona-resident')
  const created = data(await submit('persona-resident', fileId))
  expect(created.attachments).toEqual([{ fileId, kind: 'image', name: 'photo-1.png' }])
  for (const viewer of ['persona-resident', 'persona-staff']) {
    const detail = data(await h.call<CaseDetail>(viewer, 'cases', 'get', { caseId: created.id }))
    expect(detail.case.attachments).toEqual([{ fileId, kind: 'image', name: 'photo-1.png', url: `/api/files/${fileId}` }])
    expect(detail.timeline[0].attachments).toEqual([expect.objectContaining({ fileId, url: `/api/files/${fileId}` })])
  }
  // Nothing of the link is stored with the case.
  expect(JSON.stringify(await h.runtime.deps.repos.cases.get(created.id))).not.toContain('/api/files/')
  // Someone outside the case's scope gets no case and no link.
  expect(await h.call('persona-handler', 'cases', 'get', { caseId: created.id })).toMatchObject({ ok: false, code: 'CASE_NOT_FOUND' })
})

it.each([
  ['another user\'s upload', async () => upload('persona-grid')],
  ['an outside URL', async () => 'https://example.com/a.png'],
  ['a file id nobody uploaded', async () => 'a'.repeat(32) + '.png'],
  ['a fileID of WeChat storage', async () => 'cloud://prod-1a2b.7072-prod-1a2b-1300000000/cases/2026-11-30/img-abcdefgh.jpg'],
])('refuses %s with INVALID_INPUT 附件无效，请重新上传 and creates nothing', async (_what, make) => {
  const fileId = await make()
  expect(await submit('persona-resident', fileId)).toMatchObject({ ok: false, code: 'INVALID_INPUT', message: '附件无效，请重新上传', field: 'attachments' })
  expect(data(await h.call<{ items: unknown[] }>('persona-resident', 'cases', 'listMine', {})).items).toEqual([])
})

it('checks the attachments of every action, not only submit', async () => {
  const created = data(await submit('persona-resident', await upload('persona-resident')))
  const foreign = await upload('persona-resident')
  const answer = await h.call('persona-staff', 'cases', 'triage', { caseId: created.id, version: created.version, category: 'sanitation', urgency: 'normal', attachments: [{ fileId: foreign, kind: 'image' }] })
  expect(answer).toMatchObject({ ok: false, code: 'INVALID_INPUT', message: '附件无效，请重新上传' })
})

it('removes uploads no case used after a day, keeps attached and recent ones', async () => {
  const attached = await upload('persona-resident')
  data(await submit('persona-resident', attached))
  const unused = await upload('persona-resident')
  h.clock.advanceDays(0.5)
  const recent = await upload('persona-resident')
  expect(await h.timer('cases', 'cleanupUploads')).toMatchObject({ ok: true, data: { removed: 0 } })
  h.clock.advanceDays(0.6)
  expect(await h.timer('cases', 'cleanupUploads')).toMatchObject({ ok: true, data: { removed: 1 } })
  expect([fileOnDisk(attached), fileOnDisk(unused), fileOnDisk(recent)]).toEqual([true, false, true])
  // A removed upload cannot be attached any more.
  expect(await submit('persona-resident', unused)).toMatchObject({ ok: false, code: 'INVALID_INPUT' })
  // Only the timer runs the clean-up.
  expect(await h.call('persona-admin', 'cases', 'cleanupUploads', {})).toMatchObject({ ok: false, code: 'FORBIDDEN' })
})
