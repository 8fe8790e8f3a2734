// A street's units are kept per process (issue 12), but never stale: a unit written through another repository on the
// same connection, or committed by another connection, is seen on the next read; writes to other tables keep them.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Street, Unit } from '../../src/core/domain/directory'
import type { AuditEvent } from '../../src/core/domain/accounts'
import { closeDatabase, createSqliteRepositories, openDatabase } from '../../cloudfunctions/src/adapters/sqlite'

const unit = (id: string, name: string): Unit => ({ id, streetId: 'street-a', name, kind: 'property' })
const audit = (id: string): AuditEvent => ({ id, streetId: 'street-a', at: '2026-12-05T08:00:00.000Z', action: 'importDirectory', actor: { userId: 'u-admin', name: '管理员' } as AuditEvent['actor'], data: {} })
const names = (units: Unit[]) => units.map((u) => u.name)

describe('sqlite: the units kept per process', () => {
  let dir: string
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuoshi-units-'))
  })
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

  it('sees units written by the directory, by an import in another repository, and by another connection', async () => {
    const file = path.join(dir, 'shuoshi.db')
    const db = openDatabase(file)
    const repos = createSqliteRepositories(db)
    await repos.directory.upsert('unit', unit('unit-1', '环卫所'))
    expect(names(await repos.directory.listUnits('street-a'))).toEqual(['环卫所'])

    await repos.admin.importDirectory([{ kind: 'unit', record: unit('unit-2', '红星物业服务中心') }], audit('audit-1'))
    expect(names(await repos.directory.listUnits('street-a'))).toEqual(['环卫所', '红星物业服务中心'])

    const other = openDatabase(file)
    await createSqliteRepositories(other).directory.upsert('unit', unit('unit-1', '胜利街道环卫所'))
    closeDatabase(other)
    expect(names(await repos.directory.listUnits('street-a'))).toEqual(['胜利街道环卫所', '红星物业服务中心'])
    closeDatabase(db)
  })

  it('keeps the units through writes to other tables, and reads them again after a unit changes', async () => {
    const db = openDatabase(':memory:')
    const repos = createSqliteRepositories(db)
    await repos.directory.upsert('unit', unit('unit-1', '环卫所'))
    const [kept] = await repos.directory.listUnits('street-a')
    await repos.directory.upsert('street', { id: 'street-a', name: '胜利街道' } as Street)
    await repos.admin.importDirectory([], audit('audit-2'))
    expect((await repos.directory.listUnits('street-a'))[0]).toBe(kept) // the same frozen record: not read again
    db.prepare('DELETE FROM units WHERE id = ?').run('unit-1')
    expect(await repos.directory.listUnits('street-a')).toEqual([])
    closeDatabase(db)
  })

  it('hands out copies: a caller that changes its list changes nobody else’s', async () => {
    const db = openDatabase(':memory:')
    const repos = createSqliteRepositories(db)
    await repos.directory.upsert('unit', unit('unit-1', '环卫所'))
    const first = await repos.directory.listUnits('street-a')
    first.pop()
    expect(names(await repos.directory.listUnits('street-a'))).toEqual(['环卫所'])
    closeDatabase(db)
  })
})
