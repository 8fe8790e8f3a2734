// The `supervision` function's 台账 export: staff (their community), admins (their street or a community of it),
// supervisors (their community, masked only). See export-ledger.ts.
import { exportLedger } from '../../../../src/core/application/ledger/export-ledger'
import { LEDGER_FORMATS } from '../../../../src/core/domain/ledger'
import { bool, date, id, oneOf } from '../../../../src/core/contracts/validation'
import type { ActionMap } from '../../runtime/action'

export const ledgerActions: ActionMap = {
  /** 导出台账 for a period (Asia/Shanghai dates, both included): answers the file's name, a link to download it, rows and masked. */
  exportLedger: {
    schema: {
      from: date('开始日期'),
      to: date('结束日期'),
      communityId: id('社区', { optional: true }),
      format: oneOf('文件格式', LEDGER_FORMATS),
      full: bool('显示完整个人信息', { optional: true }),
    },
    run: ({ deps, actor }, input) => exportLedger(deps, actor, input),
  },
}
