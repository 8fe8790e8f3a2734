// Round 19, an experiment for the next round (not shipped): a delexicalised "is it still happening?" model. Situation words
// are masked (MASK), so the model learns only how a scene is told — ongoing, or over / handled / harmless / feared /
// routine. Leave-one-fold-out: for each studied set and training writer, and for the two held-back writers together
// (urgent-train-held-back/, written to one brief), train on all the others (urgent = now, none = not now); then the whole
// flag (rules ∨ that fold's scorer, rule check 0.1) AND P(now) ≥ s. Never reads a sealed set.
// Usage: tsx cloudfunctions/tools/classifier/still-happening-experiment.ts DIR (fold models of
//   urgent-leave-one-out.ts --save-models DIR, with writer-qinfang / writer-luoyun folds: README Round 19)
import * as fs from 'fs'
import * as path from 'path'
import { assessUrgent } from '../../src/classifier/urgent'
import { loadUrgentModel, type UrgentModelFile } from '../../src/classifier/urgent-scorer'
import { readUrgentJsonl } from './corpus-io'
import { WRITER_FILES, writtenExamples } from './train-urgent'
import { DEV_TRAINING_SETS } from './urgent-dev-examples'
import { scoreRow, trainLogistic, type FloatModel } from './trainer/linear-models'

const MASK = /煤气|燃气|天然气|液化气|气味|臭味|味道|电线|电缆|电箱|电表|插座|插排|漏电|触电|火花|着火|起火|失火|冒烟|黑烟|浓烟|火|烟|烧|焦|爆炸|炸|淹|灌|漫|积水|进水|漏水|渗水|水管|爆管|水|塌陷|塌|垮|裂缝|裂|倾斜|歪|掉下|掉|砸|坠|悬|坑|井盖|窨井|晕倒|晕|昏迷|倒地|倒在|摔|流血|血|打人|打架|打|刀|砍|殴|困|关在|卡在|卡|电梯|老人|婆婆|爹爹|奶奶|爷爷|伢|孩子|小孩|儿童|学生|120|110|119|救护车|消防|警察|派出所|医院|抢救|救命|呼吸|心脏|中风|脑溢血|发烧|高烧|吐|抽搐|骗|转账|阳台|外墙|瓷砖|招牌|广告牌|防盗网|空调外机|外机|树|路面|地面|楼顶|窗|护栏|栏杆|河|江|塘|堤/g
/** The two held-back writers' files (urgent-train-held-back/README.md): one fold together, since they wrote to one brief. */
const HELD_BACK_DIR = path.join(__dirname, 'urgent-train-held-back')
const HELD_BACK_WRITERS: Record<string, string[]> = {
  qinfang: ['lifts-wires-electrical.jsonl', 'leaks-drains-sewage-flooding.jsonl', 'gas-smoke-smells-fire.jsonl', 'cracks-falling-objects-holes.jsonl'],
  luoyun: ['market-stalls-smoke-gas.jsonl', 'elderly-alone-falls-illness.jsonl', 'school-children-street-holes.jsonl', 'building-groups-fights-storms.jsonl'],
}
const HELD_BACK_FOLDS = new Set(Object.keys(HELD_BACK_WRITERS).map((w) => `writer-${w}`))
const LEVELS = [0, 0.1, 0.2, 0.3, 0.5]

interface Example { text: string; now: boolean; fold: string; grams: string[] }
interface Tally { urgent: number; hits: number[]; calm: number; alarms: number[] }

/** Character 1–3-grams of the text with its situation words masked. */
function maskedGrams(text: string): string[] {
  const masked = text.replace(MASK, '#').replace(/\s+/g, ' ')
  const grams = new Set<string>()
  for (let n = 1; n <= 3; n++) for (let i = 0; i + n <= masked.length; i++) grams.add(masked.slice(i, i + n))
  return [...grams]
}

function examples(): Example[] {
  const out: Example[] = []
  const add = (text: string, now: boolean, fold: string) => out.push({ text, now, fold, grams: maskedGrams(text) })
  for (const [name, spec] of Object.entries(DEV_TRAINING_SETS)) for (const e of readUrgentJsonl(spec.file)) add(e.text, e.urgent, name)
  const byWriter = (written: ReturnType<typeof writtenExamples>, writers: Record<string, string[]>) => {
    for (const [writer, files] of Object.entries(writers))
      for (const e of written) if (e.source !== undefined && files.includes(e.source)) add(e.text, e.label !== 'none', `writer-${writer}`)
  }
  byWriter(writtenExamples(), WRITER_FILES)
  byWriter(writtenExamples(HELD_BACK_DIR), HELD_BACK_WRITERS)
  return out
}

/** P(now), trained on every example outside the fold (the held-back writers leave together). */
function trainStillHappening(all: Example[], fold: string): (e: Example) => number {
  const outside = (e: Example) => e.fold !== fold && !(HELD_BACK_FOLDS.has(fold) && HELD_BACK_FOLDS.has(e.fold))
  const training = all.filter(outside)
  const documents = new Map<string, number>()
  for (const e of training) for (const g of e.grams) documents.set(g, (documents.get(g) ?? 0) + 1)
  const features = [...documents].filter(([, count]) => count >= 3).map(([gram]) => gram)
  const index = new Map(features.map((gram, i) => [gram, i]))
  const row = (e: Example, label: number) => {
    const known = e.grams.map((g) => index.get(g)).filter((k): k is number => k !== undefined)
    return { features: Int32Array.from(known), values: new Float32Array(known.length).fill(1 / Math.sqrt(Math.max(1, known.length))), label }
  }
  const model: FloatModel = trainLogistic(
    { labels: ['not now', 'now'], features, rows: training.map((e) => row(e, e.now ? 1 : 0)) },
    { epochs: 6, learningRate: 0.1, l2: 1e-4, seed: 7 },
  )
  const scores = new Float64Array(2)
  return (e) => {
    scoreRow(model, 2, row(e, 0), scores)
    return 1 / (1 + Math.exp(scores[0] - scores[1]))
  }
}

const dir = process.argv[2]
if (!dir || !fs.existsSync(dir)) throw new Error('usage: still-happening-experiment.ts DIR (fold models of urgent-leave-one-out.ts --save-models DIR)')
const all = examples()
const tallies = new Map<string, Tally>()
for (const fold of new Set(all.map((e) => e.fold))) {
  const modelFile = path.join(dir, `${fold}.json`)
  if (!fs.existsSync(modelFile)) continue
  const scorer = loadUrgentModel(JSON.parse(fs.readFileSync(modelFile, 'utf8')) as UrgentModelFile)
  const pNow = trainStillHappening(all, fold)
  const group = fold.startsWith('blind-') ? 'everyday sets' : HELD_BACK_FOLDS.has(fold) ? 'held-back writers' : fold.startsWith('writer-') ? 'training writers' : 'urgent sets'
  const tally = tallies.get(group) ?? { urgent: 0, hits: LEVELS.map(() => 0), calm: 0, alarms: LEVELS.map(() => 0) }
  tallies.set(group, tally)
  for (const e of all.filter((x) => x.fold === fold)) {
    const p = assessUrgent(e.text, scorer).evidence.length > 0 ? pNow(e) : -1
    const counts = e.now ? tally.hits : tally.alarms
    if (e.now) tally.urgent++
    else tally.calm++
    LEVELS.forEach((level, i) => { if (p >= level) counts[i]++ })
  }
  process.stderr.write(`${fold} `)
}
console.log(`\nthe whole flag, then P(now) ≥ ${LEVELS.join(' / ')}`)
for (const [group, t] of tallies) console.log(`${group.padEnd(18)} urgent ${t.urgent}: caught ${t.hits.join(' ')}  · calm ${t.calm}: false alarms ${t.alarms.join(' ')}`)
