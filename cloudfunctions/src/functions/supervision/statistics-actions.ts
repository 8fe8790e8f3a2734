// supervision (查事): 数据统计, 单位考评 and 议事 in numbers for staff, supervisors and admins, and the 公示栏's headline figures.
import { getStatistics } from '../../../../src/core/application/statistics/get-statistics'
import { getUnitAppraisal } from '../../../../src/core/application/statistics/get-unit-appraisal'
import { getDeliberationFigures } from '../../../../src/core/application/statistics/deliberation-figures'
import { getBoardFigures } from '../../../../src/core/application/statistics/get-board-figures'
import { BOARD_FIGURES_SCHEMA, STATISTICS_SCHEMA } from '../../../../src/core/contracts/statistics-inputs'
import type { ActionMap } from '../../runtime/action'

export const statisticsActions: ActionMap = {
  getStatistics: { schema: STATISTICS_SCHEMA, run: ({ deps, actor }, input) => getStatistics(deps, actor, input) },
  getUnitAppraisal: { schema: STATISTICS_SCHEMA, run: ({ deps, actor }, input) => getUnitAppraisal(deps, actor, input) },
  getDeliberationFigures: { schema: STATISTICS_SCHEMA, run: ({ deps, actor }, input) => getDeliberationFigures(deps, actor, input) },
  getBoardFigures: { schema: BOARD_FIGURES_SCHEMA, run: ({ deps, actor }, input) => getBoardFigures(deps, actor, input) },
}
