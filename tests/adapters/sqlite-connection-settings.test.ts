// The settings the local server's connections open with (issue 12): the writer keeps savepoint journals in memory
// and a small page cache (a large one made every commit that reordered pages walk all of it: database.ts), and both
// kinds of connection read a large file through the memory map. Real database files.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { closeDatabase, openDatabase, openReadOnlyDatabase, WRITER_CACHE_KIB } from '../../cloudfunctions/src/adapters/sqlite/database'

const folder = mkdtempSync(join(tmpdir(), 'shuoshi-connection-settings-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

describe('sqlite connection settings', () => {
  it('opens the writer with journals in memory, a small page cache, WAL and the memory map', () => {
    const db = openDatabase(join(folder, 'writer.db'))
    try {
      expect(db.pragma('temp_store', { simple: true })).toBe(2) // MEMORY
      expect(db.pragma('cache_size', { simple: true })).toBe(-WRITER_CACHE_KIB)
      expect(WRITER_CACHE_KIB).toBeLessThanOrEqual(16384)
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
      expect(db.pragma('mmap_size', { simple: true })).toBeGreaterThan(0)
    } finally {
      closeDatabase(db)
    }
  })

  it('gives a reader the memory map and a page cache larger than the writer’s', () => {
    const file = join(folder, 'reader.db')
    closeDatabase(openDatabase(file))
    const reader = openReadOnlyDatabase(file)
    try {
      expect(-(reader.pragma('cache_size', { simple: true }) as number)).toBeGreaterThan(WRITER_CACHE_KIB)
      expect(reader.pragma('mmap_size', { simple: true })).toBeGreaterThan(0)
    } finally {
      reader.close()
    }
  })
})
