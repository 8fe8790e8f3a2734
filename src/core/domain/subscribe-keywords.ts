// Subscription-message keyword types and their value limits (WECHAT.md §1), with a formatter that truncates safely.

export const KEYWORD_TYPES = ['thing', 'phrase', 'character_string', 'name', 'time', 'date', 'number', 'letter', 'symbol', 'phone_number', 'car_number', 'amount'] as const
export type KeywordType = (typeof KEYWORD_TYPES)[number]

/** `thing12` → `thing`. */
export function keywordType(keyword: string): KeywordType {
  const type = keyword.replace(/\d+$/, '')
  if (!(KEYWORD_TYPES as readonly string[]).includes(type)) throw new Error(`unknown keyword type: ${keyword}`)
  return type as KeywordType
}

const CHINESE = /[\u4e00-\u9fa5]/g
const cut = (text: string, max: number, ellipsis = true) => {
  const chars = Array.from(text)
  if (chars.length <= max) return text
  return ellipsis ? chars.slice(0, max - 1).join('') + '…' : chars.slice(0, max).join('')
}

/** Format a value for a keyword type so it is always accepted; `fallback` when nothing usable remains. */
export function formatKeyword(type: KeywordType, raw: string | undefined): string {
  const value = (raw ?? '').replace(/\s+/g, ' ').trim()
  switch (type) {
    case 'thing':
      return cut(value || '无', 20)
    case 'phrase':
      return cut((value.match(CHINESE) ?? []).join('') || '已更新', 5, false)
    case 'character_string':
      return cut(value.replace(/[^\x21-\x7e]/g, '') || '-', 32, false)
    case 'name': {
      const chinese = /[\u4e00-\u9fa5]/.test(value)
      return chinese ? cut(value.replace(/[^\u4e00-\u9fa5·]/g, '') || '居民', 10, false) : cut(value.replace(/[^A-Za-z ]/g, '') || 'user', 20, false)
    }
    case 'time':
      return shanghai(value, 'YYYY-MM-DD HH:mm')
    case 'date':
      return shanghai(value, 'YYYY-MM-DD')
    case 'number':
      return cut(value.replace(/[^\d.]/g, '') || '0', 32, false)
    case 'letter':
      return cut(value.replace(/[^A-Za-z]/g, '') || 'A', 32, false)
    case 'symbol':
      return cut(value.replace(/[A-Za-z\d\u4e00-\u9fa5\s]/g, '') || '-', 5, false)
    case 'phone_number':
      return cut(value.replace(/[^\d+-]/g, ''), 17, false)
    case 'car_number':
      return cut(value, 8, false)
    case 'amount':
      return (Number.parseFloat(value) || 0).toFixed(2) + '元'
  }
}

/** Beijing time of an instant. China has kept UTC+8 without daylight saving since 1991, so a fixed offset is exact. */
function shanghai(value: string, format: 'YYYY-MM-DD HH:mm' | 'YYYY-MM-DD'): string {
  const parsed = Date.parse(value)
  const iso = new Date((Number.isNaN(parsed) ? 0 : parsed) + 8 * 3600000).toISOString()
  return format === 'YYYY-MM-DD' ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 16)}`
}

/** Would WeChat accept this value for the type? Used by tests and to log a clear reason before sending. */
export function isValidKeyword(type: KeywordType, value: string): boolean {
  const length = Array.from(value).length
  switch (type) {
    case 'thing': return length > 0 && length <= 20
    case 'phrase': return length > 0 && length <= 5 && /^[\u4e00-\u9fa5]+$/.test(value)
    case 'character_string': return length > 0 && length <= 32 && /^[\x21-\x7e]+$/.test(value)
    case 'name': return /[\u4e00-\u9fa5]/.test(value) ? length <= 10 : length <= 20
    case 'time': return /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(value)
    case 'date': return /^\d{4}-\d{2}-\d{2}$/.test(value)
    case 'number': return length > 0 && length <= 32 && /^[\d.]+$/.test(value)
    case 'letter': return length > 0 && length <= 32 && /^[A-Za-z]+$/.test(value)
    case 'symbol': return length > 0 && length <= 5
    case 'phone_number': return length <= 17 && /^[\d+-]*$/.test(value)
    case 'car_number': return length <= 8
    case 'amount': return /^\d+(\.\d{1,2})?元$/.test(value)
  }
}
