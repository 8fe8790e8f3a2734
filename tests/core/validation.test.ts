// Input checks give a Chinese message, an error code and the field; unknown fields are dropped.
import { validate } from '../../src/core/contracts/validation'
import { SUBMIT_SCHEMA, ACTION_SCHEMAS } from '../../src/core/contracts/case-inputs'

const good = { communityId: 'community-hangkonglu', text: '楼道里的垃圾三天没人清了', channel: 'self', idempotencyKey: 'draft-12345678' }

describe('validate', () => {
  it('accepts a good submission, trims text and drops unknown fields', () => {
    const result = validate(SUBMIT_SCHEMA, { ...good, text: '  楼道里的垃圾三天没人清了  ', petitionerUserId: 'someone-else' })
    expect(result).toEqual({ ok: true, value: { ...good, attachments: [], anonymous: false } })
  })
  it.each([
    [{ ...good, text: undefined }, 'INVALID_INPUT', 'text', '请填写事项内容'],
    [{ ...good, text: 42 }, 'INVALID_INPUT', 'text', '事项内容格式不对'],
    [{ ...good, text: '说'.repeat(1001) }, 'TEXT_TOO_LONG', 'text', '事项内容不能超过1000个字'],
    [{ ...good, channel: 'fax' }, 'INVALID_INPUT', 'channel', '来源渠道不在可选范围内'],
    [{ ...good, communityId: '../etc' }, 'INVALID_INPUT', 'communityId', '社区格式不对'],
    [{ ...good, idempotencyKey: 'short' }, 'INVALID_INPUT', 'idempotencyKey', '提交编号至少8个字'],
    [{ ...good, attachments: 'x' }, 'INVALID_INPUT', 'attachments', '附件格式不对'],
    [{ ...good, attachments: Array(10).fill({ fileId: 'f', kind: 'image' }) }, 'INVALID_INPUT', 'attachments', '附件最多9个'],
    [{ ...good, anonymous: 'yes' }, 'INVALID_INPUT', 'anonymous', '匿名公示格式不对'],
  ])('refuses %j', (input, code, field, message) => {
    expect(validate(SUBMIT_SCHEMA, input)).toEqual({ ok: false, code, field, message })
  })
  it('refuses a payload that is not an object', () => {
    for (const input of [null, 'text', 3, ['a']]) expect(validate(SUBMIT_SCHEMA, input)).toMatchObject({ ok: false, code: 'INVALID_INPUT' })
  })
  it('requires a whole version number on every change', () => {
    expect(validate(ACTION_SCHEMAS.accept, { caseId: 'abc', version: 1.5 })).toMatchObject({ ok: false, field: 'version', message: '版本应为整数' })
    expect(validate(ACTION_SCHEMAS.assign, { caseId: 'abc', version: 1, unitId: 'u', level: 'community', workingDays: 61 })).toMatchObject({ ok: false, field: 'workingDays' })
  })
})
