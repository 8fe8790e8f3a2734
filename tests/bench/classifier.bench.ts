// Classifier figures: throughput (texts/sec on one core), model load time, bundled size.
// Usage: npx tsx tests/bench/classifier.bench.ts
import * as esbuild from 'esbuild'
import * as fs from 'fs'
import * as path from 'path'
import * as os from 'os'
import { execFileSync } from 'child_process'
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

/**
 * Cold start as a cloud function meets it: a fresh Node process requires the bundled classifier (both models
 * inlined), loads it and classifies one text. The median of 5 processes.
 */
async function measureLoadMs(): Promise<number> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shuoshi-classifier-'))
  const bundle = path.join(dir, 'classifier.js')
  await esbuild.build({ entryPoints: [path.join(root, 'cloudfunctions', 'src', 'classifier', 'index.ts')], bundle: true, platform: 'node', format: 'cjs', minify: true, outfile: bundle, logLevel: 'silent' })
  const script = `const t=process.hrtime.bigint();const m=require(${JSON.stringify(bundle)});m.loadClassifier().classify('三栋楼道里一股煤气味');console.log(Number(process.hrtime.bigint()-t)/1e6)`
  const runs = Array.from({ length: 5 }, () => Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim()))
  fs.rmSync(dir, { recursive: true, force: true })
  return runs.sort((a, b) => a - b)[2]
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
  const loadMs = await measureLoadMs()
  const textsPerSecond = measureThroughput()
  const bundleBytes = await measureBundleBytes()
  console.log(`classifier throughput: ${Math.round(textsPerSecond)} texts/sec (one core)`)
  console.log(`classifier cold load (fresh process: require bundle, load both models, first text): ${loadMs.toFixed(1)} ms`)
  console.log(`classifier bundle: ${bundleBytes} bytes (esbuild, minified, model.json included)`)
  return { textsPerSecond, loadMs, bundleBytes }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error)
    process.exitCode = 1
  })
}
