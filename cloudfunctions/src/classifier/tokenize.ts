// Text normalisation and character n-grams. Chinese reports have no spaces, so the
// classifier reads overlapping 1–3 character grams inside each clause.

/** Full-width to half-width, lower case, digits folded to 0, punctuation and spaces become clause breaks. */
export function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[0-9]+/g, '0')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

export function clauses(text: string): string[] {
  const normalized = normalize(text)
  return normalized ? normalized.split(' ') : []
}

/** Calls `visit` for every n-gram (minN ≤ n ≤ maxN) inside each clause; clause edges are marked with '^' and '$'. */
export function forEachNgram(text: string, minN: number, maxN: number, visit: (gram: string) => void): void {
  for (const clause of clauses(text)) {
    const chars = Array.from('^' + clause + '$')
    for (let n = minN; n <= maxN; n++) {
      for (let i = 0; i + n <= chars.length; i++) {
        if (n === 1 && (i === 0 || i === chars.length - 1)) continue
        let gram = chars[i]
        for (let k = 1; k < n; k++) gram += chars[i + k]
        visit(gram)
      }
    }
  }
}
