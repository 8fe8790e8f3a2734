// identity.setupDatabase: an administrator makes the database ready after a deploy. Creates the collections (again is
// harmless) and answers the indexes the console must create, collection by collection. Errors: FORBIDDEN.
import type { Deps } from '../ports'
import type { Actor } from '../domain/roles'
import type { CollectionsReport, IndexChecklistItem } from '../ports/database-setup'
import { fail, ok, type Result } from '../contracts/result'

export interface SetupAnswer {
  collections: CollectionsReport
  indexes: IndexChecklistItem[]
  /** What is left to do by hand, in the order to do it. */
  nextSteps: string[]
}

export async function setupDatabase(deps: Deps, actor: Actor): Promise<Result<SetupAnswer>> {
  if (actor.role !== 'admin') return fail('FORBIDDEN', '只有街道管理员可以初始化数据库')
  if (!deps.setup) return fail('INVALID_INPUT', '这个运行环境不需要初始化数据库')
  const collections = await deps.setup.createCollections()
  const indexes = deps.setup.indexChecklist()
  const nextSteps = [
    `云开发控制台 → 数据库 → 每个集合 → 索引管理：按 indexes 建立 ${indexes.length} 个索引（unique 的勾选“唯一”） / create the ${indexes.length} indexes listed`,
    '云开发控制台 → 数据库 → 每个集合 → 权限设置：仅管理端可读写 / every collection: admin-only read and write',
    ...(collections.failed.length ? [`重新运行或在控制台手动创建：${collections.failed.map((f) => f.name).join('、')} / create these by hand`] : []),
  ]
  return ok({ collections, indexes, nextSteps })
}
