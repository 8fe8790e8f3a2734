// How alike two reports read, for merge candidates: the Dice coefficient of their character bigrams, 0..1.
// Punctuation, spaces and letter case are ignored, so "1栋楼道垃圾" and "1栋 楼道的垃圾！" still match.

/** The distinct pairs of neighbouring characters of a text's letters and digits (CJK included). */
export function characterBigrams(text: string): Set<string> {
  const chars = Array.from(text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, ''))
  const bigrams = new Set<string>()
  for (let i = 0; i + 1 < chars.length; i++) bigrams.add(chars[i] + chars[i + 1])
  return bigrams
}

/** 2·|A∩B| / (|A|+|B|) over the character bigrams, rounded to 2 decimals; 0 when either has none. */
export function textSimilarity(a: string, b: string): number {
  const left = characterBigrams(a)
  const right = characterBigrams(b)
  if (left.size === 0 || right.size === 0) return 0
  let shared = 0
  for (const bigram of left) if (right.has(bigram)) shared++
  return Math.round((200 * shared) / (left.size + right.size)) / 100
}
