// The local runtime's content check: a word list (content-words.txt beside this file, one `<verdict> <word> <reason>`
// a line). Texts are compared without spaces and punctuation, so 赌 博 and 赌-博 are caught too. The worst hit wins.
import fs from 'node:fs'
import path from 'node:path'
import type { ContentCheck, ContentCheckResult } from '../../../../src/core/ports/content-check'

export interface ListedWord {
  verdict: 'review' | 'risky'
  word: string
  reason: string
}

export const WORD_LIST_FILE = path.join(__dirname, 'content-words.txt')

const normalise = (text: string) => text.toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '')

export function readWordList(file = WORD_LIST_FILE): ListedWord[] {
  return fs.readFileSync(file, 'utf8').split('\n').flatMap((line) => {
    const trimmed = line.trim()
    if (!trimmed || trimmed.startsWith('#')) return []
    const [verdict, word, ...reason] = trimmed.split(/\s+/)
    if ((verdict !== 'review' && verdict !== 'risky') || !word) throw new Error(`content-words.txt: cannot read "${trimmed}"`)
    return [{ verdict, word: normalise(word), reason: reason.join(' ') || '内容需要人工复核' }]
  })
}

export function createWordListCheck(words: readonly ListedWord[] = readWordList()): ContentCheck {
  return {
    async check(text): Promise<ContentCheckResult> {
      const plain = normalise(text)
      const hits = words.filter((w) => plain.includes(w.word))
      const worst = hits.find((w) => w.verdict === 'risky') ?? hits[0]
      return worst ? { verdict: worst.verdict, reason: `${worst.reason}（含“${worst.word}”）` } : { verdict: 'pass' }
    },
  }
}
