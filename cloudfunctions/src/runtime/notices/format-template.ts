// Fill a template's keywords from a notice's values, each formatted to its keyword type's limits.
import type { NoticeField } from '../../../../src/core/domain/notice-kinds'
import { formatKeyword, keywordType } from '../../../../src/core/domain/subscribe-keywords'

export function formatTemplateData(keywords: Record<string, NoticeField>, values: Partial<Record<NoticeField, string>>): Record<string, { value: string }> {
  const data: Record<string, { value: string }> = {}
  for (const [keyword, field] of Object.entries(keywords)) data[keyword] = { value: formatKeyword(keywordType(keyword), values[field]) }
  return data
}
