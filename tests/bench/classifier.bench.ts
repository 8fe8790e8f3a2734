// Classifier figures: throughput (texts/sec on one core), model load time, bundled size.
// Usage: npx tsx tests/bench/classifier.bench.ts
import * as esbuild from 'esbuild'
import * as fs from 'fs'
import * as path from 'path'
import { createClassifier } from '../../cloudfunctions/src/classifier'
import type { ModelFile } from '../../cloudfunctions/src/classifier/model-format'
import { readJsonl, CORPUS_FILES } from '../../cloudfunctions/tools/classifier/corpus-io'

const root = path.join(__dirname, '..', '..')
const modelPath = path.join(root, 'cloudfunctions', 'src', 'classifier', 'model.json')

export interface BenchFigures {
  textsPerSecond: number
  loadMs: number
  bundleBytes: number
}

function measureLoadMs(): number {
  const runs: number[] = []
  for (let i = 0; i < 5; i++) {
    const started = process.hrtime.bigint()
    createClassifier(JSON.parse(fs.readFileSync(modelPath, 'utf8')) as ModelFile)
    runs.push(Number(process.hrtime.bigint() - started) / 1e6)
  }
  return runs[0] // the cold figure (first load in this process) is the one that matters for a cloud function
}

function measureThroughput(): number {
  const classifier = createClassifier(JSON.parse(fs.readFileSync(modelPath, 'utf8')) as ModelFile)
  const texts = [...readJsonl(CORPUS_FILES.heldout), ...readJsonl(CORPUS_FILES.handwritten)].map((e) => e.text)
  for (const text of texts.slice(0, 500)) classifier.classify(text)
  let done = 0
  const started = process.hrtime.bigint()
  while (Number(process.hrtime.bigint() - started) < 2e9) {
    for (const text of texts) classifier.classify(text)
    done += texts.length
  }
  return done / (Number(process.hrtime.bigint() - started) / 1e9)
}

async function measureBundleBytes(): Promise<number> {
  const result = await esbuild.build({
    entryPoints: [path.join(root, 'cloudfunctions', 'src', 'classifier', 'index.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    minify: true,
    write: false,
    external: ['wx-server-sdk'],
  })
  return result.outputFiles.reduce((sum, file) => sum + file.contents.byteLength, 0)
}

export async function main(): Promise<BenchFigures> {
  const loadMs = measureLoadMs()
  const textsPerSecond = measureThroughput()
  const bundleBytes = await measureBundleBytes()
  console.log(`classifier throughput: ${Math.round(textsPerSecond)} texts/sec (one core)`)
  console.log(`classifier model load: ${loadMs.toFixed(1)} ms`)
  console.log(`classifier bundle: ${bundleBytes} bytes (esbuild, minified, model.json included)`)
  return { textsPerSecond, loadMs, bundleBytes }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error)
    process.exitCode = 1
  })
}
