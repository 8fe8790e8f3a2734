// `npm run recount [-- --data DIR] [--fix]`: rebuild the statistics counters of the local database (DIR/shuoshi.db,
// default .data or SHUOSHI_DATA) from the raw case events, print every difference from the stored counters, and exit 1
// when there is drift. `--fix` rewrites the counters and each case's facts from the events (then exits 0).
import path from 'node:path'
import fs from 'node:fs'
import { closeDatabase, openDatabase } from '../../src/adapters/sqlite'
import { recountSqlite } from '../../src/adapters/sqlite/statistics-recount'
import { describeDrift } from '../../../src/core/domain/statistics-recount'

export interface RecountOptions {
  dataDir: string
  fix: boolean
  print: (line: string) => void
}

/** Answers the exit code: 0 when the counters agree (or were fixed), 1 on drift, 2 when there is no database. */
export function recount(options: RecountOptions): number {
  const file = path.join(options.dataDir, 'shuoshi.db')
  if (!fs.existsSync(file)) {
    options.print(`找不到数据库：${file}`)
    return 2
  }
  const db = openDatabase(file)
  try {
    const started = Date.now()
    const report = recountSqlite(db, { fix: options.fix })
    options.print(`重算 ${report.cases} 件事项、${report.events} 条记录，用时 ${Date.now() - started} ms`)
    for (const line of describeDrift(report.drift)) options.print(`  ${line}`)
    if (report.drift.length === 0 && report.factsDrift === 0) {
      options.print('统计计数与事项记录一致，没有偏差。')
      return 0
    }
    options.print(`偏差：${report.drift.length} 行计数不一致，${report.factsDrift} 件事项的统计摘要不一致。`)
    if (report.fixed) {
      options.print('已按事项记录重写统计计数（--fix）。')
      return 0
    }
    options.print('用 npm run recount -- --fix 按事项记录重写。')
    return 1
  } finally {
    closeDatabase(db)
  }
}

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`)
  return at >= 0 ? process.argv[at + 1] : undefined
}

if (require.main === module) {
  const dataDir = path.resolve(option('data') ?? process.env.SHUOSHI_DATA ?? '.data')
  process.exit(recount({ dataDir, fix: process.argv.includes('--fix'), print: (line) => console.log(line) }))
}
