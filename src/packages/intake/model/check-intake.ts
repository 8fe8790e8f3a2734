// Checks an intake on the phone, field by field, in Chinese; nothing is queued or sent while one is wrong.
// The server checks again (SUBMIT_SCHEMA) and has the final say.
import { SUBMIT_SCHEMA } from '@core/contracts/case-inputs'
import { LIMITS } from '@core/contracts/functions'
import { validate } from '@core/contracts/validation'
import { STAFF_CHANNELS, type IntakeErrors, type IntakeForm, type IntakePayload, type IntakeWho } from './types'

export const CONSENT_TEXT = '居民已同意由网格员代为登记说事'

export const INTAKE_MESSAGES = {
  channel: '请选择说事渠道：电话、来访还是意见箱',
  community: '请选择社区',
  nameMissing: '请填写说事人姓名',
  nameTooLong: '姓名不能超过20个字',
  phone: '电话要填11位数字，不知道可以不填',
  roomTooLong: '门牌不能超过40个字',
  textMissing: '请填写事项内容',
  textTooShort: '事项内容至少要2个字',
  textTooLong: (count: number) => `事项内容不能超过${LIMITS.caseText}个字（现在${count}个字）`,
  tooManyFiles: `照片和录音最多${LIMITS.attachments}个`,
  consent: `请先勾选“${CONSENT_TEXT}”`,
  notWorker: '只有网格员和社区工作人员可以代为登记说事',
} as const

const length = (value: string) => Array.from(value).length

export type IntakeCheck = { ok: true; input: IntakePayload } | { ok: false; errors: IntakeErrors }

export function checkIntake(form: IntakeForm, who: IntakeWho): IntakeCheck {
  const errors: IntakeErrors = {}
  const gridWorker = who.role === 'gridWorker'
  if (!gridWorker && who.role !== 'staff' && who.role !== 'admin') return { ok: false, errors: { form: INTAKE_MESSAGES.notWorker } }
  const channel = gridWorker ? 'doorToDoor' : form.channel
  if (!gridWorker && !STAFF_CHANNELS.some((entry) => entry.channel === channel)) errors.channel = INTAKE_MESSAGES.channel
  const communityId = who.communityId ?? form.communityId
  if (!communityId) errors.community = INTAKE_MESSAGES.community

  const name = form.name.trim()
  if (name === '') errors.name = INTAKE_MESSAGES.nameMissing
  else if (length(name) > 20) errors.name = INTAKE_MESSAGES.nameTooLong
  const phone = form.phone.replace(/[\s-]/g, '')
  if (phone !== '' && !/^\d{11}$/.test(phone)) errors.phone = INTAKE_MESSAGES.phone
  const room = form.room.trim()
  if (length(room) > 40) errors.room = INTAKE_MESSAGES.roomTooLong

  const text = form.text.trim()
  if (text === '') errors.text = INTAKE_MESSAGES.textMissing
  else if (length(text) < 2) errors.text = INTAKE_MESSAGES.textTooShort
  else if (length(text) > LIMITS.caseText) errors.text = INTAKE_MESSAGES.textTooLong(length(text))
  if (form.files.length > LIMITS.attachments) errors.files = INTAKE_MESSAGES.tooManyFiles
  if (gridWorker && !form.consent) errors.consent = INTAKE_MESSAGES.consent
  if (Object.keys(errors).length > 0) return { ok: false, errors }

  const input: IntakePayload = {
    communityId: communityId as string,
    text,
    channel,
    anonymous: form.anonymous,
    ...(form.householdId ? { householdId: form.householdId } : {}),
    petitioner: { name, ...(phone ? { phone } : {}), ...(room ? { room } : {}) },
  }
  // The server's own schema, last: a rule the fields above do not know about still stops the intake here.
  const checked = validate(SUBMIT_SCHEMA, { ...input, attachments: [], idempotencyKey: 'check-only-key' })
  if (!checked.ok) return { ok: false, errors: { form: checked.message } }
  return { ok: true, input }
}
