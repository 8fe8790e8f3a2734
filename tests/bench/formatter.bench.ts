// Benchmark: formatting every subscription template's data from a notice.
import { SUBSCRIBE_TEMPLATES } from '../../config/subscribe-templates'
import { formatTemplateData } from '../../cloudfunctions/src/runtime/notices/format-template'

const values = { caseNo: 'SS202611300001', summary: '航空路小区1栋楼道垃圾三天没人清理，气味很大，请尽快处理', status: '办理中', time: '2026-11-30T02:00:00.000Z', dueAt: '2026-12-03T15:59:59.999Z', unit: '胜利街道环卫所', note: '已安排清运车', place: '居民说事厅' }

export function main(): void {
  const templates = Object.values(SUBSCRIBE_TEMPLATES)
  const rounds = 20_000
  for (let i = 0; i < 1000; i++) for (const t of templates) formatTemplateData(t.keywords, values)
  const started = process.hrtime.bigint()
  for (let i = 0; i < rounds; i++) for (const t of templates) formatTemplateData(t.keywords, values)
  const ms = Number(process.hrtime.bigint() - started) / 1e6
  const messages = rounds * templates.length
  console.log(`formatter: ${templates.length} templates × ${rounds.toLocaleString('en')} = ${messages.toLocaleString('en')} messages in ${ms.toFixed(0)} ms (${Math.round(messages / (ms / 1000)).toLocaleString('en')} messages/s, ${((ms * 1000) / messages).toFixed(1)} µs each)`)
}

if (require.main === module) main()
