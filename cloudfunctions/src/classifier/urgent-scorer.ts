// Round 5: a learned "urgent situation" scorer, the second signal next to the rules (urgent-rules.ts).
// 9 classes (the 8 urgent situations + none), character 1–3-grams of the homophone-normalised text inside clauses
// (clause edges marked), weights 1/sqrt(n-grams), multinomial logistic regression, int8 weights
// (urgent-model.json, trained by tools/classifier/train-urgent.ts). It fires when P(situation) ≥ the model's threshold
// and the same guards as the rules pass (suggestion lead, resolved/false alarm/follow-up, past or hypothetical
// sentence, negation just before the evidence). The reason is the situation's Chinese label; the evidence is the
// n-grams that added most to that situation's score, and the sentence that holds the strongest one.
import { ELDERLY, GAS_WORD, normalizeForUrgent, resolvedAround, urgentSentenceGuardsPass, urgentSentences, urgentTextGuardsPass, type UrgentEvidence } from './urgent-rules'
import urgentModel from './urgent-model.json'

/**
 * Round 6: the words a report must contain for the scorer's situation to stand — what someone describing that
 * situation cannot avoid (fire: 火/烟/烧…; a lift that is stuck or someone calling from it; flooding reaches a home;
 * an unreachable person is described with a negation or 关机/失联, and is old: ELDERLY_CUE). A gas verdict also needs
 * a gas word when another source of a bad smell is named (臭鸡蛋 at a garbage station).
 */
const SITUATION_CUES: Record<string, RegExp> = {
  燃气泄漏: /气|味|臭|嘶|呲|阀|罐|灶|熏/,
  起火冒烟: /火|烟|烧|焦|炸|爆/,
  电梯困人: /困|关|卡|出不来|停|不动|打不开|开不了|喊|哭|拍|按|铃|救|闷/,
  污水或积水进入住户家中: /家|屋|户|室|房间|客厅|卧室|厨房|一楼|地下室|床|门口|楼下/,
  电线裸露或漏电: /电|线|麻|火花/,
  房屋结构有倒塌危险: /塌|垮|倒|裂|歪|斜|倾|沉|掉|落|坠|晃|鼓|断|危|砸|响|松/,
  独居老人联系不上: /没|冇|不|未|无|关机|失联|静/,
  正在发生暴力: /打|砍|刀|血|救命|喊|叫|闹|棍|揍|踢|推|抢|凶|动手|哭/,
}
/** Talk of services, not of an emergency: the scorer's "unreachable elderly person" does not stand next to these. */
const SITUATION_UNLESS: Record<string, RegExp> = {
  独居老人联系不上: /申请|低保|补贴|补助|助餐|送餐|津贴|老人机|小孩|孩子|留守|儿童|学生/,
  燃气泄漏: /怎么(领|申请|买|装|办理)|在哪(里)?(领|办|买)/,
  房屋结构有倒塌危险: /倒(垃圾|水|进|在)|往里倒|垃圾道|墙皮|滴水|漏水|渗水/,
}
const OTHER_SMELL = /垃圾|粪|屎|尿|骚|厕所|化粪池|臭水沟|下水道|死老鼠|苍蝇/
/** An old person, or a relative of the reporter's parents' generation ("我妈一个人住…"). */
const ELDERLY_CUE = new RegExp(`${ELDERLY.source}|老|妈|爸|母亲|父亲|姑|姨|舅|伯`)

export interface UrgentModelFile {
  labels: string[]
  features: string[]
  /** int8 weights, features × labels, base64 */
  weights: string
  scale: number
  bias: number[]
  minN: number
  maxN: number
  /** P(situation) needed to fire */
  threshold: number
}

export interface LoadedUrgentModel {
  labels: string[]
  index: Map<string, number>
  features: string[]
  weights: Int8Array
  scale: number
  bias: number[]
  minN: number
  maxN: number
  threshold: number
}

export function loadUrgentModel(file: UrgentModelFile): LoadedUrgentModel {
  const bytes = Buffer.from(file.weights, 'base64')
  return {
    labels: file.labels,
    features: file.features,
    index: new Map(file.features.map((feature, i) => [feature, i])),
    weights: new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length),
    scale: file.scale,
    bias: file.bias,
    minN: file.minN,
    maxN: file.maxN,
    threshold: file.threshold,
  }
}

/** Each n-gram (with repeats) and where it starts in the normalised text. Clauses are split at punctuation. */
export function forEachUrgentGram(normalized: string, minN: number, maxN: number, visit: (gram: string, start: number) => void): void {
  const clause = /[^，,。！？!?；;、：:\s\n（）()“”"'…~—\-]+/g
  for (let m = clause.exec(normalized); m; m = clause.exec(normalized)) {
    const marked = '^' + m[0] + '$'
    for (let n = minN; n <= maxN; n++) {
      for (let i = 0; i + n <= marked.length; i++) {
        const gram = marked.slice(i, i + n)
        if (gram === '^' || gram === '$') continue
        visit(gram, m.index + Math.max(0, i - 1))
      }
    }
  }
}

export interface UrgentScore {
  label: string
  probability: number
  /** top contributing n-grams for `label` and where the strongest starts */
  evidence: string[]
  at: number
}

export function scoreUrgent(model: LoadedUrgentModel, normalized: string): UrgentScore {
  const classes = model.labels.length
  const rows = new Map<number, number>()
  let total = 0
  forEachUrgentGram(normalized, model.minN, model.maxN, (gram, start) => {
    total++
    const row = model.index.get(gram)
    if (row !== undefined && !rows.has(row)) rows.set(row, start)
  })
  const value = total ? 1 / Math.sqrt(total) : 0
  const scores = Float64Array.from(model.bias)
  for (const row of rows.keys()) {
    const base = row * classes
    for (let c = 0; c < classes; c++) scores[c] += model.weights[base + c] * model.scale * value
  }
  let best = 0
  for (let c = 1; c < classes; c++) if (scores[c] > scores[best]) best = c
  let sum = 0
  for (let c = 0; c < classes; c++) sum += Math.exp(scores[c] - scores[best])
  const label = model.labels[best]
  const contributions = Array.from(rows, ([row, start]) => ({ row, start, w: model.weights[row * classes + best] }))
    .filter((c) => c.w > 0 && model.features[c.row].length > 1)
    .sort((a, b) => b.w - a.w || b.start - a.start)
  return {
    label,
    probability: 1 / sum,
    evidence: contributions.slice(0, 3).map((c) => model.features[c.row]),
    at: contributions.length ? contributions[0].start : 0,
  }
}

let shared: LoadedUrgentModel | undefined

export function sharedUrgentModel(): LoadedUrgentModel {
  shared ??= loadUrgentModel(urgentModel as unknown as UrgentModelFile)
  return shared
}

/** The scorer's evidence for `text`, or undefined when it does not fire (none, below threshold, or a guard). */
export function explainUrgentScorer(text: string, model: LoadedUrgentModel = sharedUrgentModel(), threshold = model.threshold): UrgentEvidence | undefined {
  const normalized = normalizeForUrgent(text)
  if (!urgentTextGuardsPass(normalized)) return undefined
  const score = scoreUrgent(model, normalized)
  if (score.label === 'none' || score.probability < threshold || !score.evidence.length) return undefined
  if (!SITUATION_CUES[score.label]?.test(normalized) || SITUATION_UNLESS[score.label]?.test(normalized)) return undefined
  if (score.label === '独居老人联系不上' && !ELDERLY_CUE.test(normalized)) return undefined
  if (score.label === '燃气泄漏' && OTHER_SMELL.test(normalized) && !GAS_WORD.test(normalized)) return undefined
  // The sentence that holds the strongest n-gram must pass the sentence guards.
  let offset = 0
  for (const sentence of urgentSentences(normalized)) {
    const start = normalized.indexOf(sentence, offset)
    offset = start + sentence.length
    if (score.at >= start && score.at < offset) {
      if (!urgentSentenceGuardsPass(sentence, score.at - start) || resolvedAround(normalized, score.at, false)) return undefined
      return { reason: score.label, matched: score.evidence.join('、'), sentence }
    }
  }
  return { reason: score.label, matched: score.evidence.join('、'), sentence: normalized }
}
