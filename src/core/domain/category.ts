// Report categories, from shared/TAXONOMY.md. Codes are stable identifiers; labels are what users read.

export const CATEGORY_CODES = [
  'sanitation',
  'cityscape',
  'facility',
  'property',
  'dispute',
  'safety',
  'labor',
  'welfare',
  'suggestion',
  'other',
] as const

export type CategoryCode = (typeof CATEGORY_CODES)[number]

export interface CategoryInfo {
  code: CategoryCode
  label: string
  /** The kind of unit that handles it by default (matched against a community's units by `unitKind`). */
  defaultUnitKind: UnitKind
  defaultUnitLabel: string
}

export const UNIT_KINDS = ['property', 'cityManagement', 'sanitation', 'police', 'committee', 'mediation', 'housing', 'labor', 'civilAffairs'] as const
export type UnitKind = (typeof UNIT_KINDS)[number]

export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  property: '物业公司',
  cityManagement: '城管中队',
  sanitation: '环卫所',
  police: '派出所',
  committee: '社区居委会',
  mediation: '人民调解委员会',
  housing: '住建/市政',
  labor: '人社/劳动监察',
  civilAffairs: '民政',
}

export const CATEGORIES: Record<CategoryCode, CategoryInfo> = {
  sanitation: { code: 'sanitation', label: '环境卫生', defaultUnitKind: 'sanitation', defaultUnitLabel: '环卫所' },
  cityscape: { code: 'cityscape', label: '市容秩序', defaultUnitKind: 'cityManagement', defaultUnitLabel: '城管中队' },
  facility: { code: 'facility', label: '公共设施', defaultUnitKind: 'housing', defaultUnitLabel: '住建/市政' },
  property: { code: 'property', label: '物业服务', defaultUnitKind: 'property', defaultUnitLabel: '物业公司' },
  dispute: { code: 'dispute', label: '邻里纠纷', defaultUnitKind: 'mediation', defaultUnitLabel: '人民调解委员会' },
  safety: { code: 'safety', label: '治安消防', defaultUnitKind: 'police', defaultUnitLabel: '派出所' },
  labor: { code: 'labor', label: '劳动社保', defaultUnitKind: 'labor', defaultUnitLabel: '人社/劳动监察' },
  welfare: { code: 'welfare', label: '民生救助', defaultUnitKind: 'civilAffairs', defaultUnitLabel: '民政' },
  suggestion: { code: 'suggestion', label: '建言献策', defaultUnitKind: 'committee', defaultUnitLabel: '社区居委会' },
  other: { code: 'other', label: '其他', defaultUnitKind: 'committee', defaultUnitLabel: '社区居委会' },
}

export function isCategoryCode(value: unknown): value is CategoryCode {
  return typeof value === 'string' && (CATEGORY_CODES as readonly string[]).includes(value)
}
