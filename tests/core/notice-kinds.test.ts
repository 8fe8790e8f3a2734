// Which notice kinds each worker role can subscribe to, and the petitioner's: a template each, at most 5 per role.
import { NOTICE_KINDS, NOTICE_LABELS, PETITIONER_NOTICE_KINDS, WORKER_NOTICE_KINDS } from '../../src/core/domain/notice-kinds'
import { SUBSCRIBE_TEMPLATES } from '../../config/subscribe-templates'

it('lists each worker role’s kinds in order of importance', () => {
  expect(WORKER_NOTICE_KINDS).toEqual({
    handler: ['newAssignment', 'dueSoon', 'overdue'],
    staff: ['urgent', 'extensionRequested', 'completedForReview', 'returned', 'overdueStaff'],
    gridWorker: ['followUpDue', 'urgent'],
    supervisor: ['overdueSupervision'],
    admin: ['urgent', 'extensionRequested', 'completedForReview', 'returned', 'overdueStaff'],
  })
})

it('keeps every list to known kinds with a template, at most 5 (3 for the petitioner’s one request)', () => {
  for (const kinds of [...Object.values(WORKER_NOTICE_KINDS), PETITIONER_NOTICE_KINDS]) {
    expect(kinds!.length).toBeLessThanOrEqual(5)
    for (const kind of kinds!) {
      expect(NOTICE_KINDS).toContain(kind)
      expect(SUBSCRIBE_TEMPLATES[kind]).toBeDefined()
    }
  }
  expect(PETITIONER_NOTICE_KINDS).toEqual(['accepted', 'assigned', 'completedAwaitingRating'])
})

it('labels the new kinds as workers read them', () => {
  expect(NOTICE_LABELS).toMatchObject({
    merged: '已合并', extensionRequested: '承办单位申请延期', returned: '承办单位退回事项', completedForReview: '事项已办结，请公示', followUpDue: '办结待回访',
  })
})
