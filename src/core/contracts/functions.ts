// The cloud functions, their actions and the request envelope. `callFunction({ name, data: { action, payload, idempotencyKey? } })`.
import { TOPIC_ACTIONS } from './topic-inputs'

export const FUNCTIONS = {
  identity: [
    'whoami',
    'listCommunities',
    'register',
    'getDirectory',
    'listInbox',
    'markInboxRead',
    'recordConsent',
    'listConsents',
    'listTemplates',
    'setupDatabase',
    'importDirectory',
    'createInvite',
    'listInviteChoices',
    'listInvites',
    'withdrawInvite',
    'redeemInvite',
    'revokeRole',
    'listWorkers',
    'listAudit',
    'getSettings',
    'updateCommunity',
    'updateUnit',
    'saveCalendarYear',
  ],
  cases: [
    'submit',
    'get',
    'listMine',
    'listQueue',
    'listBoard',
    'listSimilar',
    'countWaiting',
    'triage',
    'resolveOnSpot',
    'mergeDuplicate',
    'refer',
    'assign',
    'accept',
    'progress',
    'requestExtension',
    'approveExtension',
    'denyExtension',
    'returnToStaff',
    'complete',
    'publish',
    'rate',
    'recordFollowUp',
    'prepareUpload',
    'cleanupUploads',
    'releaseContent',
  ],
  meetings: [
    'putOnAgenda', 'recordDecision', 'listAgenda', ...TOPIC_ACTIONS,
    'createMeeting', 'updateMeeting', 'cancelMeeting', 'listMeetings', 'getMeeting', 'addParticipant', 'removeParticipant',
    'addAgendaItem', 'recordAttendance', 'checkIn', 'recordMinutes', 'markHeld', 'publishMinutes', 'listBoardMinutes', 'sweepMeetings',
  ],
  supervision: ['supervise', 'escalate', 'close', 'listWatch', 'sweep', 'getStatistics', 'getUnitAppraisal', 'getDeliberationFigures', 'getBoardFigures', 'exportLedger'],
} as const

export type FunctionName = keyof typeof FUNCTIONS
export type ActionOf<F extends FunctionName> = (typeof FUNCTIONS)[F][number]

export interface FunctionRequest {
  action: string
  payload?: unknown
}

export function isFunctionName(value: string): value is FunctionName {
  return Object.prototype.hasOwnProperty.call(FUNCTIONS, value)
}

/** Limits a user can meet. */
export const LIMITS = {
  caseText: 1000,
  note: 500,
  attachments: 9,
  uploadBytes: 10 * 1024 * 1024,
  pageSize: 20,
  maxPageSize: 100,
} as const
