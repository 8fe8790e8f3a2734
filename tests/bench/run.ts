// `npm run bench`: classifier throughput / load / size, the reminder sweep at 100k and 1M cases, the template formatter,
// the 数据统计 dashboard's answer at 100k and 1M cases.
import { main as classifierBench } from './classifier.bench'
import { main as sweepBench } from './sweep.bench'
import { main as formatterBench } from './formatter.bench'
import { main as statisticsBench } from './statistics.bench'

async function run(): Promise<void> {
  console.log('— classifier —')
  await classifierBench()
  console.log('— subscription formatter —')
  formatterBench()
  console.log('— supervision sweep —')
  await sweepBench()
  console.log('— 数据统计 dashboard —')
  await statisticsBench()
}

run().catch((error) => {
  console.error(error)
  process.exit(1)
})
