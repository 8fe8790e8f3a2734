// Round 19, an experiment for the next round (not shipped): a delexicalised "is it still happening?" model. Situation words
// are masked (MASK), so the model learns only how a scene is told — ongoing, or over / handled / harmless / feared /
// routine. Leave-one-fold-out: for each studied set and training writer, and for the two held-back writers together
// (urgent-train-held-back/, written to one brief), train on all the others (urgent = now, none = not now); then the whole
// flag (rules ∨ that fold's scorer, rule check 0.1) AND P(now) ≥ s. Never reads a sealed set.
// Usage: tsx cloudfunctions/tools/classifier/still-happening-experiment.ts DIR (fold models of
//   urgent-leave-one-out.ts --save-models DIR, with writer-qinfang / writer-luoyun folds: README Round 19)
import * as fs from 'fs'
import * as path from 'path'
import { explainUrgent as rulesOf } from '../../src/classifier/urgent-rules'
import { loadUrgentModel, urgentScorerVerdict } from '../../src/classifier/urgent-scorer'
import { DEV_TRAINING_SETS } from './urgent-dev-examples'
import { readUrgentJsonl } from './corpus-io'
import { WRITER_FILES, WRITTEN_DIR } from './train-urgent'
import { mulberry32 } from './trainer/random'

const MASK = /煤气|燃气|天然气|液化气|气味|臭味|味道|电线|电缆|电箱|电表|插座|插排|漏电|触电|火花|着火|起火|失火|冒烟|黑烟|浓烟|火|烟|烧|焦|爆炸|炸|淹|灌|漫|积水|进水|漏水|渗水|水管|爆管|水|塌陷|塌|垮|裂缝|裂|倾斜|歪|掉下|掉|砸|坠|悬|坑|井盖|窨井|晕倒|晕|昏迷|倒地|倒在|摔|流血|血|打人|打架|打|刀|砍|殴|困|关在|卡在|卡|电梯|老人|婆婆|爹爹|奶奶|爷爷|伢|孩子|小孩|儿童|学生|120|110|119|救护车|消防|警察|派出所|医院|抢救|救命|呼吸|心脏|中风|脑溢血|发烧|高烧|吐|抽搐|骗|转账|阳台|外墙|瓷砖|招牌|广告牌|防盗网|空调外机|外机|树|路面|地面|楼顶|窗|护栏|栏杆|河|江|塘|堤/g
const mask = (t: string) => t.replace(MASK, '#')
function grams(t: string): string[] {
  const s = mask(t).replace(/\s+/g, ' ')
  const out: string[] = []
  for (let n = 1; n <= 3; n++) for (let i = 0; i + n <= s.length; i++) out.push(s.slice(i, i + n))
  return out
}
type Ex = { text: string; now: boolean; fold: string }
const examples: Ex[] = []
for (const [name, spec] of Object.entries(DEV_TRAINING_SETS)) for (const e of readUrgentJsonl(spec.file)) examples.push({ text: e.text, now: e.urgent, fold: name })
const writerFiles: Record<string, [string, string[]]> = {}
for (const [w, files] of Object.entries(WRITER_FILES)) writerFiles[`writer-${w}`] = [WRITTEN_DIR, files]
const HB = path.join(__dirname, 'urgent-train-held-back')
writerFiles['writer-qinfang'] = [HB, ['lifts-wires-electrical.jsonl', 'leaks-drains-sewage-flooding.jsonl', 'gas-smoke-smells-fire.jsonl', 'cracks-falling-objects-holes.jsonl']]
writerFiles['writer-luoyun'] = [HB, ['market-stalls-smoke-gas.jsonl', 'elderly-alone-falls-illness.jsonl', 'school-children-street-holes.jsonl', 'building-groups-fights-storms.jsonl']]
for (const [fold, [dir, files]] of Object.entries(writerFiles)) for (const f of files) for (const l of fs.readFileSync(path.join(dir, f), 'utf8').split('\n')) {
  if (!l.trim()) continue
  const o = JSON.parse(l)
  examples.push({ text: o.text, now: o.situation !== 'none', fold })
}
const HELD = new Set(['writer-qinfang', 'writer-luoyun'])
const feats = examples.map((e) => Array.from(new Set(grams(e.text))))
function train(skip: string): (i: number) => number {
  const idx = examples.map((_, i) => i).filter((i) => examples[i].fold !== skip && !(HELD.has(skip) && HELD.has(examples[i].fold)))
  const docs = new Map<string, number>()
  for (const i of idx) for (const g of feats[i]) docs.set(g, (docs.get(g) ?? 0) + 1)
  const vocab = new Map<string, number>()
  for (const [g, c] of docs) if (c >= 3) vocab.set(g, vocab.size)
  const w = new Float64Array(vocab.size), acc = new Float64Array(vocab.size).fill(1e-6)
  let b = 0, bacc = 1e-6
  const rnd = mulberry32(7)
  const rows = idx.map((i) => ({ f: feats[i].map((g) => vocab.get(g)).filter((k): k is number => k !== undefined), y: examples[i].now ? 1 : 0 }))
  for (let ep = 0; ep < 6; ep++) {
    const order = rows.map((_, i) => i)
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [order[i], order[j]] = [order[j], order[i]] }
    for (const r of order.map((i) => rows[i])) {
      const scale = 1 / Math.sqrt(Math.max(1, r.f.length))
      let z = b
      for (const k of r.f) z += w[k] * scale
      const g = 1 / (1 + Math.exp(-z)) - r.y
      bacc += g * g; b -= (0.1 * g) / Math.sqrt(bacc)
      for (const k of r.f) { const gk = g * scale + 1e-4 * w[k]; acc[k] += gk * gk; w[k] -= (0.1 * gk) / Math.sqrt(acc[k]) }
    }
  }
  return (i: number) => {
    const f = feats[i].map((g) => vocab.get(g)).filter((k): k is number => k !== undefined)
    const scale = 1 / Math.sqrt(Math.max(1, f.length))
    let z = b
    for (const k of f) z += w[k] * scale
    return 1 / (1 + Math.exp(-z))
  }
}
const S = [0, 0.1, 0.2, 0.3, 0.5]
const tot: Record<string, { u: number; hits: number[]; calm: number; fa: number[] }> = {}
const folds = Array.from(new Set(examples.map((e) => e.fold)))
for (const fold of folds) {
  const modelFile = path.join(process.argv[2], `${fold}.json`)
  if (!fs.existsSync(modelFile)) continue
  const scorer = loadUrgentModel(JSON.parse(fs.readFileSync(modelFile, 'utf8')))
  const pNow = train(fold)
  const group = fold.startsWith('blind-') ? 'everyday sets' : fold === 'writer-qinfang' || fold === 'writer-luoyun' ? 'qinfang+luoyun' : fold.startsWith('writer-') ? 'nine writers' : 'urgent sets'
  const t = (tot[group] ??= { u: 0, hits: S.map(() => 0), calm: 0, fa: S.map(() => 0) })
  examples.forEach((e, i) => {
    if (e.fold !== fold) return
    const r = rulesOf(e.text).length > 0
    const v = urgentScorerVerdict(e.text, scorer)
    const u = v.score ? v.score.urgency : 1
    const flag = r ? u >= 0.1 : v.evidence !== undefined
    const p = flag ? pNow(i) : 0
    if (e.now) { t.u++; S.forEach((s, k) => { if (flag && p >= s) t.hits[k]++ }) }
    else { t.calm++; S.forEach((s, k) => { if (flag && p >= s) t.fa[k]++ }) }
  })
  process.stderr.write(`${fold} `)
}
console.log(`\nP(now) ≥ ${S.join(' / ')}`)
for (const [g, t] of Object.entries(tot)) console.log(`${g.padEnd(16)} urgent ${t.u}: hits ${t.hits.join(' ')}  · calm ${t.calm}: false alarms ${t.fa.join(' ')}`)
