// Staff corrections made in triage (on real SQLite, through the functions) come out as labelled examples.
import { createHarness, data, key } from '../support/local-harness'
import { readDatabaseRows, correctionsToExamples } from '../../cloudfunctions/tools/classifier/export-corrections'
import type { CaseView } from '../../src/core/contracts/views'
import path from 'node:path'

it('exports triage corrections, not confirmations', async () => {
  const h = await createHarness()
  try {
    const submit = async (text: string) => data<CaseView>(await h.call('persona-resident', 'cases', 'submit', { communityId: 'community-hangkonglu', text, channel: 'self', idempotencyKey: key() }))
    const corrected = await submit('楼上天天半夜剁肉，吵得睡不着')
    const confirmed = await submit('小区门口的垃圾堆了三天没人清')
    const other = corrected.suggestion!.category === 'labor' ? 'welfare' : 'labor'
    await h.call('persona-staff', 'cases', 'triage', { caseId: corrected.id, version: 1, category: other, urgency: 'urgent' })
    await h.call('persona-staff', 'cases', 'triage', { caseId: confirmed.id, version: 1, category: confirmed.suggestion!.category, urgency: 'normal' })
    const rows = readDatabaseRows(path.join(h.runtime.dataDir, 'shuoshi.db'))
    expect(rows).toEqual([expect.objectContaining({ text: '楼上天天半夜剁肉，吵得睡不着', category: other, urgent: 1 })])
    const { examples } = correctionsToExamples(rows, [])
    expect(examples).toEqual([expect.objectContaining({ text: '楼上天天半夜剁肉，吵得睡不着', category: other, urgent: true, style: 'correction' })])
  } finally {
    h.close()
  }
})
