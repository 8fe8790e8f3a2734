// The settings and 台账 actions for the pages of this subpackage (through services/cloud-api).
import type { FunctionResponse } from '@core/contracts/result'
import type { SettingsView } from '@core/application/settings/get-settings'
import type { UpdateCommunityInput } from '@core/application/settings/update-community'
import type { UpdateUnitInput } from '@core/application/settings/update-unit'
import type { SaveCalendarYearInput } from '@core/application/settings/save-calendar-year'
import type { ExportLedgerInput, LedgerExport } from '@core/application/ledger/export-ledger'
import type { Community, Unit } from '@core/domain/directory'
import type { CalendarYear } from '@core/domain/work-calendar'
import { cloudApi } from '@/services/cloud-api'

export type TemplateEnvironmentName = 'local' | 'develop' | 'trial' | 'release'

/** identity.getSettings: the settings and, for admins, the subscription template ids with their status (read-only). */
export interface SettingsAnswer extends SettingsView {
  templates?: {
    current: TemplateEnvironmentName
    why: string
    rows: Array<{ kind: string; title: string; ids: Record<TemplateEnvironmentName, { id: string; ready: boolean }> }>
  }
}

export type { LedgerExport, ExportLedgerInput }

export const settingsApi = {
  get: () => cloudApi.callFunction<SettingsAnswer>('identity', 'getSettings'),
  updateCommunity: (input: UpdateCommunityInput): Promise<FunctionResponse<Community>> => cloudApi.callFunction('identity', 'updateCommunity', input),
  updateUnit: (input: UpdateUnitInput): Promise<FunctionResponse<Unit>> => cloudApi.callFunction('identity', 'updateUnit', input),
  saveCalendarYear: (input: SaveCalendarYearInput): Promise<FunctionResponse<CalendarYear>> => cloudApi.callFunction('identity', 'saveCalendarYear', input),
  exportLedger: (input: ExportLedgerInput) => cloudApi.callFunction<LedgerExport>('supervision', 'exportLedger', input),
}
