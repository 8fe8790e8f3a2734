// Leave-one-writer-out for the learned urgent-situation scorer (README, rounds 8–9): for each studied dev set that the
// scorer trains on, train without that writer's set and measure the scorer ALONE on it — recall on its urgent texts,
// false alarms on its decoys and on the ordinary streams (generated and hand-written held-out, never trained on).
// Dev sets the scorer does not train on are measured once with the model trained on every other set. This is the
// figure that chooses changes: the studied sets' own rules ∨ scorer figures are fitted and say little about a new writer.
// Never reads a sealed set. Usage: tsx cloudfunctions/tools/classifier/urgent-leave-one-out.ts [--sets a,b] [--configs 0.5/0.95/0.1,0.5/off] [--list]
//   [--without-independent-writers] (round 12: every fold trained without the two independent writers' files, train-urgent.ts INDEPENDENT_WRITER_FILES)
//   a config is threshold/sure[/next[/scene]] (round 14: scene, the P at which an urgent scene stands without its cue words, urgent-scorer.ts SCENE_OVERRIDE_AT; off):
//   the family threshold, the 1 − P(none) at which any family may stand (urgent-scorer.ts
//   SURE_URGENCY) and the least P a family's next situation needs (round 11, FALLBACK_MEMBER_AT; default the shipped one).
//   Round 15: [--scene on|off] [--min-sources N] train every fold so (train-urgent.ts SCENE, MIN_SOURCES; default the
//   shipped ones); [--writer-folds a,b | none] the training writers that are folds (train-urgent.ts WRITER_FILES; default
//   all): trained without the writer's files, recall on their urgent texts, false alarms on their decoys (not pooled
//   with the studied sets).
//   Round 16: [--without-writers a,b] every fold trained without these training writers' files (WRITER_FILES): the
//   "before" of adding them, their own folds included.
import { FALLBACK_MEMBER_AT, loadUrgentModel, SCENE_OVERRIDE_AT, SURE_URGENCY, urgentScorerVerdict, type LoadedUrgentModel, type UrgentModelFile } from '../../src/classifier/urgent-scorer'
import { CORPUS_FILES, readUrgentJsonl, type LabelledExample } from './corpus-io'
import { DEV_TRAINING_SETS } from './urgent-dev-examples'
import * as fs from 'fs'
import * as path from 'path'
import { MIN_SOURCES, SCENE, THRESHOLD, trainUrgentModel, trainingExamples, WRITER_FILES, WRITTEN_DIR } from './train-urgent'

/** Studied urgent dev sets that are not training data for the scorer: measured with the all-sets model. */
const HELD_ONLY: Record<string, string> = Object.fromEntries(
  ([['urgent-dev9', CORPUS_FILES.urgentDev9], ['urgent-dev10', CORPUS_FILES.urgentDev10]] as [string, string][]).filter(([name]) => !(name in DEV_TRAINING_SETS)),
)
const ORDINARY = [...readUrgentJsonl(CORPUS_FILES.heldout), ...readUrgentJsonl(CORPUS_FILES.handwritten)].filter((e) => !e.urgent)

function argList(flag: string): string[] | undefined {
  const at = process.argv.indexOf(flag)
  return at >= 0 ? process.argv[at + 1].split(',') : undefined
}

/** Sets of everyday reports: their ordinary texts are a decoy fold; their few urgent texts are not pooled. */
const isDecoyFold = (set: string) => set.startsWith('blind-')

interface Fold { set: string; urgent: number; hits: number[]; decoyAlarms: number[]; ordinaryAlarms: number[] }

type Config = [threshold: number, sure: number, fallback: number, scene: number]

/** Round 10: `--list` prints, for the first config, each fold's misses and false alarms (studied sets only). */
const LIST = process.argv.includes('--list')
const WITHOUT_WRITERS = process.argv.includes('--without-independent-writers')
const sceneArg = argList('--scene')?.[0]
const TRAIN_SCENE = sceneArg === undefined ? SCENE : sceneArg === 'on'
const TRAIN_MIN_SOURCES = Number(argList('--min-sources')?.[0] ?? MIN_SOURCES)
const WITHOUT_FILES = (argList('--without-writers') ?? []).flatMap((writer) => {
  if (!WRITER_FILES[writer]) throw new Error(`unknown training writer ${writer}`)
  return WRITER_FILES[writer]
})
// Round 18: [--save-models DIR] writes each fold's trained model to DIR; [--load-models DIR] reads them instead of
// training, so a change at inference only (guards, cue words, levels) is measured on the same folds in seconds.
const SAVE_DIR = argList('--save-models')?.[0]
const LOAD_DIR = argList('--load-models')?.[0]
const train = (leaveOut: string[], withoutFiles: string[] = [], fold = leaveOut.join(',') || 'all') => {
  const saved = LOAD_DIR && path.join(LOAD_DIR, `${fold}.json`)
  if (saved) return loadUrgentModel(JSON.parse(fs.readFileSync(saved, 'utf8')) as UrgentModelFile)
  const file = trainUrgentModel(trainingExamples(leaveOut, WITHOUT_WRITERS, [...withoutFiles, ...WITHOUT_FILES]), THRESHOLD, TRAIN_SCENE, TRAIN_MIN_SOURCES)
  if (SAVE_DIR) {
    fs.mkdirSync(SAVE_DIR, { recursive: true })
    fs.writeFileSync(path.join(SAVE_DIR, `${fold}.json`), JSON.stringify(file))
  }
  return loadUrgentModel(file)
}

/** Round 15: a training writer's texts as examples (`none` = a decoy). */
function writerExamples(files: string[]): LabelledExample[] {
  return files.flatMap((name) =>
    fs.readFileSync(path.join(WRITTEN_DIR, name), 'utf8').split('\n').filter((line) => line.trim()).map((line, i) => {
      const row = JSON.parse(line) as { text: string; situation: string }
      return { id: `${name}-${i}`, text: row.text, category: 'safety', urgent: row.situation !== 'none', style: 'written' } as LabelledExample
    }),
  )
}

function measure(set: string, examples: LabelledExample[], model: LoadedUrgentModel, thresholds: Config[], ordinary: boolean): Fold {
  const fires = (text: string, [t, sure, fallback, scene]: Config) => urgentScorerVerdict(text, model, t, sure, fallback, scene).evidence !== undefined
  const urgent = examples.filter((e) => e.urgent)
  const decoys = examples.filter((e) => !e.urgent)
  if (LIST) {
    for (const e of urgent) if (!fires(e.text, thresholds[0])) console.log(`  miss [${set}] ${e.text}`)
    for (const e of [...decoys, ...(ordinary ? ORDINARY : [])]) if (fires(e.text, thresholds[0])) console.log(`  false alarm [${set} fold] ${e.text}`)
  }
  return {
    set,
    urgent: urgent.length,
    hits: thresholds.map((t) => urgent.filter((e) => fires(e.text, t)).length),
    decoyAlarms: thresholds.map((t) => decoys.filter((e) => fires(e.text, t)).length),
    ordinaryAlarms: thresholds.map((t) => (ordinary ? ORDINARY.filter((e) => fires(e.text, t)).length : 0)),
  }
}

if (require.main === module) {
  const thresholds = (argList('--configs') ?? [`${THRESHOLD}/${SURE_URGENCY}/${FALLBACK_MEMBER_AT}/${SCENE_OVERRIDE_AT}`]).map((c): Config => {
    const [t, sure, fallback, scene] = c.split('/')
    const level = (x: string | undefined, otherwise: number) => (x === undefined ? otherwise : x === 'off' ? Infinity : Number(x))
    return [Number(t), level(sure, SURE_URGENCY), level(fallback, FALLBACK_MEMBER_AT), level(scene, SCENE_OVERRIDE_AT)]
  })
  const only = argList('--sets')
  const wanted = (name: string) => !only || only.includes(name)
  const folds: Fold[] = []
  for (const [name, spec] of Object.entries(DEV_TRAINING_SETS)) {
    if (!wanted(name)) continue
    const model = train([name])
    folds.push(measure(name, readUrgentJsonl(spec.file), model, thresholds, true))
    console.error(`fold ${name} done`)
  }
  const writers = (argList('--writer-folds') ?? Object.keys(WRITER_FILES)).filter((w) => w !== 'none')
  const writerFolds: Fold[] = []
  for (const writer of writers) {
    const files = WRITER_FILES[writer]
    if (!files) throw new Error(`unknown training writer ${writer}`)
    writerFolds.push(measure(`writer ${writer}`, writerExamples(files), train([], files, `writer-${writer}`), thresholds, true))
    console.error(`fold writer ${writer} done`)
  }
  const held = Object.entries(HELD_ONLY).filter(([name]) => wanted(name))
  if (held.length) {
    const model = train([])
    for (const [name, file] of held) folds.push(measure(name, readUrgentJsonl(file), model, thresholds, false))
  }
  const header = thresholds.map(([t, sure, fallback, scene]) => `t=${t} sure=${sure} next≥${fallback} scene≥${scene}: R (decoy fa, ordinary fa)`.padEnd(28)).join(' ')
  console.log(`set                  urgent   ${header}`)
  const line = (f: Fold) => thresholds.map((_, i) => `${(f.hits[i] / f.urgent).toFixed(3)} (${f.decoyAlarms[i]}, ${f.ordinaryAlarms[i]})`.padEnd(28)).join(' ')
  for (const f of folds) console.log(`${f.set.padEnd(20)} ${String(f.urgent).padStart(6)}   ${line(f)}`)
  const pooled = (list: Fold[], label: string) => {
    if (!list.length) return
    const sum = (pick: (f: Fold) => number) => list.reduce((s, f) => s + pick(f), 0)
    const total: Fold = { set: label, urgent: sum((f) => f.urgent), hits: thresholds.map((_, i) => sum((f) => f.hits[i])), decoyAlarms: thresholds.map((_, i) => sum((f) => f.decoyAlarms[i])), ordinaryAlarms: thresholds.map((_, i) => sum((f) => f.ordinaryAlarms[i])) }
    console.log(`${total.set.padEnd(20)} ${String(total.urgent).padStart(6)}   ${line(total)}`)
  }
  // Round 11: blind-dev is a fold too, for its ordinary reports (the decoy column: its non-urgent texts with it left out);
  // the pooled recall stays over the urgent writers' sets.
  // Round 12: blind-test3 (everyday reports) is such a fold too; round 13: blind-test4; round 14: blind-test5;
  // round 15: blind-test6; round 16: blind-test7; round 17: blind-test8.
  const urgentWriters = folds.filter((f) => !isDecoyFold(f.set))
  pooled(urgentWriters.filter((f) => !(f.set in HELD_ONLY)), 'pooled (left out)')
  pooled(urgentWriters, 'pooled (all)')
  for (const f of writerFolds) console.log(`${f.set.padEnd(20)} ${String(f.urgent).padStart(6)}   ${line(f)}`)
  pooled(writerFolds, 'pooled writers')
}
