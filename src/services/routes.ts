// Page addresses in one place (main package pages and the subpackages).
export const ROUTES = {
  home: '/pages/index/index',
  signIn: '/pages/sign-in/index',
  register: '/pages/register/index',
  submit: '/pages/submit/index',
  mine: '/pages/mine/index',
  inbox: '/pages/inbox/index',
  caseDetail: (caseId: string) => `/pages/case/index?id=${encodeURIComponent(caseId)}`,
  board: '/pages/board/index',
  queue: '/packages/work/queue/index',
  agenda: '/packages/work/agenda/index',
  meetings: '/packages/work/meetings/index',
  meeting: (meetingId: string) => `/packages/work/meeting/index?id=${encodeURIComponent(meetingId)}`,
  intake: '/packages/intake/index',
  supervise: '/packages/supervise/index',
  workers: '/packages/admin/workers/index',
  redeemInvite: (code?: string) => `/packages/admin/redeem/index${code ? `?code=${encodeURIComponent(code)}` : ''}`,
} as const
