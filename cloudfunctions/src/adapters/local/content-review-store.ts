// Content holds of the local runtime (table content_reviews): which texts of a case are kept off the 公示栏 for staff review.
import type Database from 'better-sqlite3'
import type { ContentHold, ContentReviewStore } from '../../../../src/core/ports/content-check'

interface HoldRow { case_id: string; field: string; file_id: string; verdict: string; reason: string; at: string }

export function createSqliteContentReviews(db: Database.Database): ContentReviewStore {
  db.exec(`
    CREATE TABLE IF NOT EXISTS content_reviews (
      case_id TEXT NOT NULL, field TEXT NOT NULL, file_id TEXT NOT NULL DEFAULT '', verdict TEXT NOT NULL, reason TEXT NOT NULL,
      at TEXT NOT NULL, PRIMARY KEY (case_id, field, file_id));
  `)
  const insert = db.prepare('INSERT OR IGNORE INTO content_reviews (case_id, field, file_id, verdict, reason, at) VALUES (?, ?, ?, ?, ?, ?)')
  const remove = db.prepare('DELETE FROM content_reviews WHERE case_id = ? AND field = ?')
  // One statement per number of cases asked about (a page holds at most 100), prepared once.
  const byCases = new Map<number, Database.Statement>()
  const holdsOf = (count: number) => {
    let statement = byCases.get(count)
    if (!statement) {
      statement = db.prepare(`SELECT * FROM content_reviews WHERE case_id IN (${Array.from({ length: count }, () => '?').join(',')}) ORDER BY at`)
      byCases.set(count, statement)
    }
    return statement
  }
  return {
    async release(caseId, field) {
      return remove.run(caseId, field).changes
    },
    async hold(entry) {
      return insert.run(entry.caseId, entry.field, entry.fileId ?? '', entry.verdict, entry.reason, entry.at).changes > 0
    },
    async listForCases(caseIds) {
      if (caseIds.length === 0) return []
      const rows = holdsOf(caseIds.length).all(...caseIds) as HoldRow[]
      return rows.map((r): ContentHold => ({ caseId: r.case_id, field: r.field as ContentHold['field'], verdict: r.verdict as ContentHold['verdict'], reason: r.reason, at: r.at, ...(r.file_id ? { fileId: r.file_id } : {}) }))
    },
  }
}
