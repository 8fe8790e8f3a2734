// `npm run bench`: classifier throughput / load / size, the reminder sweep at 100k and 1M cases, the template formatter.
import { main as classifierBench } from './classifier.bench'
import { main as sweepBench } from './sweep.bench'
import { main as formatterBench } from './formatter.bench'

async function run(): Promise<void> {
  console.log('— classifier —')
  await classifierBench()
  console.log('— subscription formatter —')
  formatterBench()
  console.log('— supervision sweep —')
  await sweepBench()
}

run().catch((error) => {
  console.error(error)
  process.exit(1)
})
