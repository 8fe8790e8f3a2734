// Prepared statements, prepared once per SQL text and database.
import type BetterSqlite3 from 'better-sqlite3'

export type Statements = (sql: string) => BetterSqlite3.Statement

export function statementCache(db: BetterSqlite3.Database): Statements {
  const cache = new Map<string, BetterSqlite3.Statement>()
  return (sql) => {
    let statement = cache.get(sql)
    if (!statement) {
      statement = db.prepare(sql)
      cache.set(sql, statement)
    }
    return statement
  }
}
