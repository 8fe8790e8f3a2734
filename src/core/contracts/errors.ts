// Named error codes with the Chinese message a user reads, and the HTTP status the local server answers with.

export const ERRORS = {
  MALFORMED_JSON: { message: '请求格式有误，无法读取', http: 400 },
  INVALID_INPUT: { message: '填写的内容有误，请检查后再试', http: 400 },
  TEXT_TOO_LONG: { message: '内容太长了，请精简后再提交', http: 400 },
  UNKNOWN_FUNCTION: { message: '没有这项服务', http: 404 },
  UNKNOWN_ACTION: { message: '没有这项操作', http: 404 },
  UNAUTHENTICATED: { message: '请先登录', http: 401 },
  FORBIDDEN: { message: '您没有权限进行这项操作', http: 403 },
  CASE_NOT_FOUND: { message: '找不到这件事项', http: 404 },
  NOT_FOUND: { message: '找不到相关记录', http: 404 },
  FILE_NOT_FOUND: { message: '找不到这个文件', http: 404 },
  FILE_TOO_LARGE: { message: '文件太大了，请压缩后再上传', http: 413 },
  TRANSITION_NOT_ALLOWED: { message: '事项当前状态下不能进行这项操作', http: 409 },
  STALE_VERSION: { message: '事项已被他人更新，请刷新后再试', http: 409 },
  TOPIC_NOT_FOUND: { message: '找不到这个议题', http: 404 },
  TOPIC_NOT_OPEN: { message: '这个议题现在不能作答', http: 409 },
  TOPIC_STATE: { message: '议题当前状态下不能进行这项操作', http: 409 },
  NOT_IN_TOPIC: { message: '您不在这个议题征询的范围内', http: 403 },
  HOUSEHOLD_ANSWERED: { message: '您家已经有人作答，每户只计一份意见', http: 409 },
  INVITE_NOT_USABLE: { message: '这个邀请不能使用了', http: 410 },
  PAYLOAD_TOO_LARGE: { message: '提交的内容太大了', http: 413 },
  INTERNAL: { message: '系统繁忙，请稍后再试', http: 500 },
} as const

export type ErrorCode = keyof typeof ERRORS

export function httpStatusOf(code: ErrorCode): number {
  return ERRORS[code].http
}
