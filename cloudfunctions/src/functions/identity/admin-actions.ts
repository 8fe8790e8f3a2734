// The `identity` function's administration actions: the address book import, invites, workers and their roles.
import { importDirectory } from '../../../../src/core/application/import-directory'
import { createInvite } from '../../../../src/core/application/accounts/create-invite'
import { redeemInvite } from '../../../../src/core/application/accounts/redeem-invite'
import { revokeRole } from '../../../../src/core/application/accounts/revoke-role'
import { listInvites, listWorkers } from '../../../../src/core/application/accounts/list-workers'
import { inviteChoices } from '../../../../src/core/application/accounts/invite-choices'
import { listAudit } from '../../../../src/core/application/accounts/list-audit'
import { withdrawInvite } from '../../../../src/core/application/accounts/withdraw-invite'
import { WORKER_ROLES, INVITE_DAYS_MAX } from '../../../../src/core/domain/accounts'
import { bool, id, integer, oneOf, text, type Rule } from '../../../../src/core/contracts/validation'
import type { ActionMap } from '../../runtime/action'

/** An address table as read from a file: { header: string[], rows: [{ line, cells: string[] }] }, at most 5000 rows. */
const addressTable: Rule = (value) => {
  const table = value as { header?: unknown; rows?: unknown }
  const strings = (cells: unknown) => Array.isArray(cells) && cells.length <= 40 && cells.every((c) => typeof c === 'string' && c.length <= 200)
  if (typeof value !== 'object' || value === null || !strings(table.header) || !Array.isArray(table.rows)) return { error: '通讯录表格格式不对' }
  if (table.rows.length > 5000) return { error: '一次最多导入5000行，请分成几个文件' }
  const good = table.rows.every((row: { line?: unknown; cells?: unknown }) => typeof row === 'object' && row !== null && Number.isInteger(row.line) && strings(row.cells))
  return good ? { value } : { error: '通讯录表格格式不对' }
}

export const adminActions: ActionMap = {
  /** 通讯录导入 (admins): a dry run reports each bad row; an import writes all rows or none. */
  importDirectory: {
    schema: { table: addressTable, dryRun: bool('试运行', { optional: true }), fileName: text('文件名', { max: 100, optional: true }) },
    run: ({ deps, actor }, input) => importDirectory(deps, actor, input),
  },
  createInvite: {
    schema: {
      role: oneOf('身份', WORKER_ROLES),
      communityId: id('社区', { optional: true }),
      gridId: id('网格', { optional: true }),
      unitId: id('承办单位', { optional: true }),
      forName: text('被邀请人', { max: 20, optional: true }),
      days: integer('有效天数', { min: 1, max: INVITE_DAYS_MAX, optional: true }),
    },
    run: ({ deps, actor }, input) => createInvite(deps, actor, input),
  },
  /** The roles and places the caller may invite to, for the invite form. */
  listInviteChoices: { schema: {}, run: ({ deps, actor }) => inviteChoices(deps, actor) },
  listInvites: { schema: {}, run: ({ deps, actor }) => listInvites(deps, actor) },
  withdrawInvite: { schema: { code: text('邀请码', { min: 4, max: 40 }) }, run: ({ deps, actor }, input) => withdrawInvite(deps, actor, input) },
  /** Anyone with an OPENID (a newcomer too) redeems an invite once. */
  redeemInvite: {
    guest: true,
    schema: { code: text('邀请码', { min: 4, max: 40 }), name: text('姓名', { max: 20, optional: true }), phone: text('手机号码', { max: 11, optional: true }) },
    run: ({ deps, openid }, input) => redeemInvite(deps, openid!, input),
  },
  revokeRole: { schema: { userId: id('工作人员'), note: text('说明', { max: 200, optional: true }) }, run: ({ deps, actor }, input) => revokeRole(deps, actor, input) },
  listWorkers: { schema: {}, run: ({ deps, actor }) => listWorkers(deps, actor) },
  /** 变动记录: invites, grants, revocations and imports, newest first. */
  listAudit: { schema: { limit: integer('条数', { min: 1, max: 100, optional: true }) }, run: ({ deps, actor }, input) => listAudit(deps, actor, input) },
}
