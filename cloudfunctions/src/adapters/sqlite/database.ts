// Opening and closing the SQLite file: WAL journal, foreign keys, a busy timeout, and the schema migrated.
import { mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { migrate } from './schema'

export type Database = BetterSqlite3.Database

/**
 * The page cache of the connection that writes, in KiB. Small on purpose: when a commit's B-tree split reorders pages,
 * SQLite parks a page at a spare page number beyond the file's end, and the commit then walks the whole page cache to
 * drop it. With 64 MB (16,000 pages) that walk took about 1.3 ms a commit, 8 % of the server thread under submits at
 * 100,000 cases (a CPU profile; issue 12). The pages a write needs (the indexes' inner pages and right edges) fit in
 * 8 MB; everything else is read through the memory map, and the readers keep a large cache of their own.
 */
export const WRITER_CACHE_KIB = 8192
const READER_CACHE_KIB = 65536

/** Opens (creating folders and tables as needed) the database at `file`; ':memory:' gives a private in-memory one. */
export function openDatabase(file: string): Database {
  if (file !== ':memory:' && file !== '') mkdirSync(dirname(resolve(file)), { recursive: true })
  const db = new BetterSqlite3(file)
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = NORMAL')
  db.pragma('foreign_keys = ON')
  db.pragma('busy_timeout = 5000')
  // Reads of a large file (a million cases is about 3 GB) through the OS page cache without a system call per page:
  // a random case by id costs the same at 1M as at 100k (issue 12).
  if (file !== ':memory:' && file !== '') db.pragma('mmap_size = 8589934592')
  db.pragma(`cache_size = -${WRITER_CACHE_KIB}`)
  // A savepoint's journal (each submit of a group commit has one, group-commit.ts) in memory, not a temporary file: a
  // file cost a system call per page an insert changed, 2.5 % of the server thread under submits (issue 12).
  db.pragma('temp_store = MEMORY')
  migrate(db)
  // Statistics for the planner, bounded so that opening a 1M-case file stays quick (issue 12). The list queries name
  // their indexes, so their plans never depend on these; other statements may.
  db.pragma('analysis_limit = 1000')
  db.pragma('optimize = 0x10002')
  return db
}

/**
 * A second connection that only reads (the local server's readers, reader-pool.ts): the same file, which the writer
 * opened and migrated first, read through WAL snapshots while the writer commits. SQLite refuses any write on it.
 */
export function openReadOnlyDatabase(file: string): Database {
  const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true })
  db.pragma('busy_timeout = 5000')
  db.pragma('mmap_size = 8589934592')
  db.pragma(`cache_size = -${READER_CACHE_KIB}`)
  return db
}

/** After bulk changes (seed, reset, a load): refresh the planner's statistics where they are stale. */
export function optimizeDatabase(db: Database): void {
  db.pragma('analysis_limit = 1000')
  db.pragma('optimize')
}

export function closeDatabase(db: Database): void {
  if (db.open) db.close()
}
