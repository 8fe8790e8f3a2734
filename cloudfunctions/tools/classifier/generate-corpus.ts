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

type SplitName = 'train' | 'heldout'

const PER_CATEGORY: Record<SplitName, number> = { train: 1400, heldout: 160 }

function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

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

function makeGenerator(split: SplitName, random: () => number) {
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)]
  const slot = (name: string): string => pick(SLOTS[name][split])
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

  return function compose(issue: IssueSpec, mentions: string[]): { text: string; style: Style } | null {
    const cores = splitList(issue.id, issue.cores)[split]
    const frags = splitList(issue.id + '#frag', issue.frags)[split]
    let style = chooseStyle()
    if (style === 'fragment' && frags.length === 0) style = 'typed'
    if (style !== 'fragment' && cores.length === 0) style = 'fragment'
    if (style === 'fragment' && frags.length === 0) return null
    const template = pick(TEMPLATES[style][split])
    const core = cores.length ? fill(pick(cores), {}) : ''
    switch (style) {
      case 'fragment':
        return { text: fill(template, { frag: pick(frags) }), style }
      case 'speech':
        return { text: speechify(fill(template, { core })), style }
      case 'grid':
        return { text: fill(template, { fcore: formalize(core) }), style }
      case 'mixed':
        return { text: fill(template, { core, mention: pick(mentions) }), style }
      default:
        return { text: fill(template, { core }), style }
    }
  }
}

function generateSplit(split: SplitName, seed: number, forbidden: Set<string>): LabelledExample[] {
  const random = mulberry32(seed)
  const compose = makeGenerator(split, random)
  const out: LabelledExample[] = []
  const seen = new Set<string>()
  for (const category of CATEGORY_CODES) {
    const own = ALL_ISSUES.filter((issue) => issue.category === category)
    // Problems mentioned in passing come from other categories and are never urgent.
    const mentions = ALL_ISSUES.filter((issue) => issue.category !== category && !issue.urgent)
      .flatMap((issue) => splitList(issue.id + '#frag', issue.frags)[split])
    let made = 0
    for (let attempt = 0; made < PER_CATEGORY[split] && attempt < PER_CATEGORY[split] * 20; attempt++) {
      const issue = own[attempt % own.length]
      const composed = compose(issue, mentions)
      if (!composed) continue
      const text = composed.text.trim()
      if (seen.has(text) || forbidden.has(text)) continue
      seen.add(text)
      made++
      out.push({ id: '', text, category: category as CategoryCode, urgent: Boolean(issue.urgent), style: composed.style })
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

if (require.main === module) {
  const { train, heldout } = generateCorpus()
  const dir = path.join(__dirname, 'corpus')
  writeJsonl(path.join(dir, 'train.jsonl'), train)
  writeJsonl(path.join(dir, 'heldout.jsonl'), heldout)
  console.error(`train ${train.length}, heldout ${heldout.length}`)
}
