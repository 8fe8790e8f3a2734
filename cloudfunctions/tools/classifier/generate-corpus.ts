// Composes the labelled corpus from hand-written fragments (corpus-source/).
// Held-out examples use only held-out core phrasings, templates and slot values, so
// no phrasing in corpus/heldout.jsonl was seen in corpus/train.jsonl.
// Usage: tsx cloudfunctions/tools/classifier/generate-corpus.ts
import * as fs from 'fs'
import * as path from 'path'
import { CATEGORY_CODES, type CategoryCode } from '../../../src/core/domain/category'
import { ALL_ISSUES } from './corpus-source'
import type { IssueSpec } from './corpus-source/types'
import { DIALECT, FORMAL, SLOTS, STYLE_WEIGHTS, TEMPLATES, type Style } from './corpus-source/styles'
import { writeJsonl, type LabelledExample } from './corpus-io'
import { mulberry32 } from './trainer/random'

type SplitName = 'train' | 'heldout'
/** 'fit' and 'dev' subdivide the training pieces (for choosing methods); 'heldout' is never touched by them. */
export type PieceSplit = SplitName | 'fit' | 'dev'

/**
 * Clauses of non-urgent issues that describe an urgent situation under TAXONOMY (violence going on now). Round 5:
 * the safe-fight clause "两伙人…动手了，有人流血了" was labelled non-urgent by its issue; texts built on it are urgent.
 * Only the urgent label changes (the category model does not read it), so the texts and heldout.jsonl stay the same.
 */
export const URGENT_CLAUSES = new Set(['两伙人在{road}上动手了，有人流血了'])

const PER_CATEGORY: Record<PieceSplit, number> = { train: 2000, heldout: 160, fit: 1700, dev: 100 }


function stringHash(text: string): number {
  let h = 2166136261
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619)
  return h >>> 0
}

/** Roughly one phrasing in four is held out (never fewer than one kept for training). */
function splitList(id: string, items: string[]): Record<SplitName, string[]> {
  const offset = stringHash(id) % 4
  const heldout = items.length >= 2 ? items.filter((_, i) => (i + offset) % 4 === 0) : []
  return { train: items.filter((item) => !heldout.includes(item)), heldout }
}

/** Training pieces again split ~1 in 5 into a dev part (only when at least 3 remain), disjoint from fit. */
function pieces(id: string, items: string[], split: PieceSplit, trainOnly: string[] = [], fold = 0): string[] {
  if (split === 'heldout') return splitList(id, items).heldout
  const train = [...splitList(id, items).train, ...trainOnly]
  if (split === 'train') return train
  const offset = (stringHash(id + '#dev') + fold) % 5
  const dev = train.length >= 3 ? train.filter((_, i) => (i + offset) % 5 === 0) : []
  return split === 'dev' ? dev : train.filter((item) => !dev.includes(item))
}

/** Train-only issues (round 3) have no held-out quarter: all their clauses and fragments go to train (and fit/dev). */
function issueCores(issue: IssueSpec, split: PieceSplit, fold = 0): string[] {
  return issue.trainOnly ? pieces(issue.id, [], split, issue.cores, fold) : pieces(issue.id, issue.cores, split, issue.trainCores, fold)
}

function issueFrags(issue: IssueSpec, split: PieceSplit, fold = 0): string[] {
  return issue.trainOnly ? pieces(issue.id + '#frag', [], split, issue.frags, fold) : pieces(issue.id + '#frag', issue.frags, split, [], fold)
}

function templatePieces<T>(name: string, list: { train: T[]; heldout: T[] }, split: PieceSplit, fold = 0): T[] {
  if (split === 'train' || split === 'heldout') return list[split]
  // Dev may reuse slot values that have too few training pieces to split; templates are always split.
  const offset = (stringHash(name) + fold) % 4
  const dev = list.train.length >= 3 ? list.train.filter((_, i) => (i + offset) % 4 === 0) : []
  if (split === 'dev') return dev.length ? dev : list.train
  return list.train.filter((item) => !dev.includes(item))
}

function makeGenerator(split: PieceSplit, random: () => number, fold = 0) {
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)]
  const slot = (name: string): string => pick(templatePieces('slot:' + name, SLOTS[name], split, fold))
  const fill = (template: string, extra: Record<string, string>): string =>
    template.replace(/\{(\w+)\}/g, (_, name: string) => (name in extra ? extra[name] : slot(name)))

  const speechify = (text: string): string => {
    let out = text
    for (const [from, to] of DIALECT) if (random() < 0.5) out = out.split(from).join(to)
    if (random() < 0.5) out = out.replace(/[，。！？、：]/g, random() < 0.5 ? '' : ' ')
    return out
  }
  const formalize = (text: string): string => FORMAL.reduce((out, [from, to]) => out.split(from).join(to), text)

  const chooseStyle = (): Style => {
    let r = random()
    for (const [style, weight] of STYLE_WEIGHTS) {
      if ((r -= weight) < 0) return style
    }
    return 'typed'
  }

  return function compose(issue: IssueSpec, mentions: string[]): { text: string; style: Style; urgent: boolean } | null {
    const cores = issueCores(issue, split, fold)
    const frags = issueFrags(issue, split, fold)
    let style = chooseStyle()
    if (style === 'fragment' && frags.length === 0) style = 'typed'
    if (style !== 'fragment' && cores.length === 0) style = 'fragment'
    if (style === 'fragment' && frags.length === 0) return null
    const template = pick(templatePieces('style:' + style, TEMPLATES[style], split, fold))
    const rawCore = cores.length ? pick(cores) : ''
    const core = rawCore ? fill(rawCore, {}) : ''
    // Round 5: a clause of a non-urgent issue that describes an urgent situation makes its text urgent.
    const urgent = URGENT_CLAUSES.has(rawCore)
    switch (style) {
      case 'fragment':
        return { text: fill(template, { frag: pick(frags) }), style, urgent: false }
      case 'speech':
        return { text: speechify(fill(template, { core })), style, urgent }
      case 'grid':
        return { text: fill(template, { fcore: formalize(core) }), style, urgent }
      case 'mixed':
        return { text: fill(template, { core, mention: pick(mentions) }), style, urgent }
      default:
        return { text: fill(template, { core }), style, urgent }
    }
  }
}

function generateSplit(split: PieceSplit, seed: number, forbidden: Set<string>, fold = 0): LabelledExample[] {
  const random = mulberry32(seed)
  const compose = makeGenerator(split, random, fold)
  const out: LabelledExample[] = []
  const seen = new Set<string>()
  // Round-3 issues are training-only: leaving them out of 'heldout' keeps heldout.jsonl byte-identical.
  const issues = split === 'heldout' ? ALL_ISSUES.filter((issue) => !issue.trainOnly) : ALL_ISSUES
  for (const category of CATEGORY_CODES) {
    const own = issues.filter((issue) => issue.category === category)
    // Problems mentioned in passing come from other categories and are never urgent.
    const mentions = issues.filter((issue) => issue.category !== category && !issue.urgent)
      .flatMap((issue) => issueFrags(issue, split, fold))
    let made = 0
    for (let attempt = 0; made < PER_CATEGORY[split] && attempt < PER_CATEGORY[split] * 20; attempt++) {
      const issue = own[attempt % own.length]
      const composed = compose(issue, mentions)
      if (!composed) continue
      const text = composed.text.trim()
      if (seen.has(text) || forbidden.has(text)) continue
      seen.add(text)
      made++
      out.push({ id: '', text, category: category as CategoryCode, urgent: Boolean(issue.urgent) || composed.urgent, style: composed.style })
    }
  }
  return out.map((example, i) => ({ ...example, id: `${split}-${String(i + 1).padStart(5, '0')}` }))
}

export function generateCorpus(): Record<SplitName, LabelledExample[]> {
  const handwritten = new Set(
    fs.readFileSync(path.join(__dirname, 'corpus', 'handwritten-heldout.jsonl'), 'utf8')
      .split('\n').filter(Boolean).map((line) => (JSON.parse(line) as LabelledExample).text),
  )
  const heldout = generateSplit('heldout', 20240611, handwritten)
  const train = generateSplit('train', 19491001, new Set([...handwritten, ...heldout.map((e) => e.text)]))
  return { train, heldout }
}

/**
 * For choosing methods without touching the held-out sets: 'fit' uses ~4/5 of the training phrasings, templates
 * and slot values, 'dev' only the remaining fifth (dev phrasings and templates never occur in fit). `fold` (0–4)
 * picks which fifth of the phrasings (and which quarter of templates and slot values) is dev; fold 0 is the
 * original dev split.
 */
export function generateDevSplit(fold = 0): { fit: LabelledExample[]; dev: LabelledExample[] } {
  const dev = generateSplit('dev', 31415926, new Set(), fold)
  const fit = generateSplit('fit', 27182818, new Set(dev.map((e) => e.text)), fold)
  return { fit, dev }
}

if (require.main === module) {
  const { train, heldout } = generateCorpus()
  const dir = path.join(__dirname, 'corpus')
  writeJsonl(path.join(dir, 'train.jsonl'), train)
  writeJsonl(path.join(dir, 'heldout.jsonl'), heldout)
  console.error(`train ${train.length}, heldout ${heldout.length}`)
}
