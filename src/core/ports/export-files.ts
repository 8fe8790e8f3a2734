// Port: a 台账 export as a file the caller downloads. Local: a file on disk behind GET /api/exports/:id (its owner
// only); WeChat: a file in cloud storage and a temporary link (getTempFileURL).
import type { LedgerFormat, LedgerWorkbook } from '../domain/ledger'

export interface PublishedExport {
  fileName: string
  /** Where the app downloads it (local: a signed-in route; WeChat: a temporary https link). */
  url: string
  size: number
}

export interface ExportFiles {
  /** Renders the workbook in `format` and keeps the file for `ownerUserId` alone. */
  publish(workbook: LedgerWorkbook, format: LedgerFormat, ownerUserId: string, at: string): Promise<PublishedExport>
}
