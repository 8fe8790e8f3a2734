// The supervision function's statistics actions, for the dashboard of this subpackage (through services/cloud-api).
import type { FunctionResponse } from '@core/contracts/result'
import type { DeliberationFigures, StatisticsView, UnitAppraisalView } from '@core/contracts/statistics-views'
import { cloudApi } from '@/services/cloud-api'

export type { DeliberationFigures, StatisticsView, UnitAppraisalView }

export interface StatisticsQuery {
  fromMonth: string
  toMonth: string
  /** Admins: one community; absent for the whole street. */
  communityId?: string
}

const call = <T>(action: string, payload: StatisticsQuery): Promise<FunctionResponse<T>> => cloudApi.callFunction<T>('supervision', action, payload)

export const statsApi = {
  statistics: (query: StatisticsQuery) => call<StatisticsView>('getStatistics', query),
  appraisal: (query: StatisticsQuery) => call<UnitAppraisalView>('getUnitAppraisal', query),
  deliberation: (query: StatisticsQuery) => call<DeliberationFigures>('getDeliberationFigures', query),
}
