// Every template's keywords, filled from worst-case notice values, stay within WeChat's limits for their type.
import { formatKeyword, isValidKeyword, keywordType, KEYWORD_TYPES } from '../../src/core/domain/subscribe-keywords'
import { SUBSCRIBE_TEMPLATES } from '../../config/subscribe-templates'
import { NOTICE_KINDS } from '../../src/core/domain/notice-kinds'
import { formatTemplateData } from '../../cloudfunctions/src/runtime/notices/format-template'

const worst = {
  caseNo: 'SS202611300001（补录）编号很长很长很长很长很长很长很长很长很长',
  summary: '  航空路小区1栋\n楼道垃圾三天没人清理，气味很大，老人小孩都受不了，请尽快处理！😡 ',
  status: 'In progress 办理中 (已交办)',
  time: '2026-11-29T16:30:00.000Z',
  dueAt: '2026-12-03T15:59:59.999Z',
  unit: '沙市区城市管理执法局胜利街道执法中队第二小组（临时）',
  note: '',
  place: '航空路社区党群服务中心一楼居民说事厅（逢五说事）',
}

describe('formatKeyword', () => {
  it.each([
    ['thing', '一二三四五六七八九十一二三四五六七八九十一', '一二三四五六七八九十一二三四五六七八九…'],
    ['thing', '', '无'],
    ['phrase', '办理中(已交办)', '办理中已交'],
    ['phrase', 'OK', '已更新'],
    ['character_string', 'SS2026 编号 0001', 'SS20260001'],
    ['name', '王秀英王秀英王秀英王秀英', '王秀英王秀英王秀英王'],
    ['name', 'Wang Xiuying the Third of Hubei', 'Wang Xiuying the Thi'],
    ['time', '2026-11-29T16:30:00.000Z', '2026-11-30 00:30'],
    ['date', '2026-11-29T16:30:00.000Z', '2026-11-30'],
    ['number', '共 12 件', '12'],
    ['amount', '12.5', '12.50元'],
    ['phone_number', '0716-831 2345', '0716-8312345'],
  ] as const)('%s(%j) → %j', (type, input, expected) => {
    expect(formatKeyword(type, input)).toBe(expected)
    expect(isValidKeyword(type, expected)).toBe(true)
  })

  it('knows every keyword type by its name prefix', () => {
    for (const type of KEYWORD_TYPES) expect(keywordType(`${type}12`)).toBe(type)
    expect(() => keywordType('colour3')).toThrow('unknown keyword type')
  })
})

describe.each(NOTICE_KINDS.map((k) => [k]))('template %s', (kind) => {
  const template = SUBSCRIBE_TEMPLATES[kind]
  it('has an id in every environment and at most 5 keywords', () => {
    expect(Object.values(template.ids).every((id) => id.length > 0)).toBe(true)
    expect(Object.keys(template.keywords).length).toBeLessThanOrEqual(5)
  })
  it('formats worst-case values within every keyword limit', () => {
    const data = formatTemplateData(template.keywords, worst)
    for (const [keyword, { value }] of Object.entries(data)) expect([keyword, value, isValidKeyword(keywordType(keyword), value)]).toEqual([keyword, value, true])
  })
  it('formats missing values into something WeChat accepts', () => {
    const data = formatTemplateData(template.keywords, {})
    for (const [keyword, { value }] of Object.entries(data)) {
      const type = keywordType(keyword)
      if (type !== 'time' && type !== 'date') expect([keyword, isValidKeyword(type, value)]).toEqual([keyword, true])
    }
  })
})
