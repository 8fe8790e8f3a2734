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

// "Mixed" reports mention one problem in passing and ask about another. These discourse markers (everyday
// usage, not corpus templates) say that a clause is background: already handled, set aside, or minor.
/** The clause that holds one of these is background (…的事上次说过了 / 先不说… / 顺便提一句… / …已经修好了). */
const BACKGROUND_IN_CLAUSE = [
  '说过了', '说过的', '反映过了', '反映过的', '上次说', '上回说', '之前说', '以前说', '不提了', '先不说', '先不讲', '不说了',
  '有人管了', '在处理', '在弄了', '已经修', '修好了', '已经处理', '处理好了', '已经解决', '协商好了', '已经好了',
  '顺便', '顺带', '捎带', '也就算了', '就算了', '不说它', '暂且',
  // round 3: more everyday ways of setting a matter aside (being negotiated, already reported, put up with, done)
  '在协商', '改天再说', '回头再说', '报给物业', '已经报', '报过了', '说会修', '说会来', '说会处理', '答应修',
  '也认了', '都认了', '都忍了', '也忍了', '虽然', '虽说', '尽管', '倒是', '已经恢复', '恢复了', '办下来了', '批下来了', '登记过了',
]
// Note: '另外' is no longer a background marker — "…已经解决了。另外想问…" introduces the point; a trailing "不过不急"
// (BACKGROUND_AFTER) still sets an 另外-clause aside.
/** A short clause that is only one of these makes the clause before it background too (…，不过那个不急 / …，以后再说). */
const BACKGROUND_AFTER = ['不急', '以后再说', '回头再说', '不要紧', '无所谓', '是小事', '次要', '不着急', '慢慢来']
/** Text after one of these, in the same clause, is the point; text before it is background (…我这回要说的是X). */
const FOCUS = ['要说的是', '想说的是', '反映的是', '要反映的是', '想问的是', '主要是', '主要反映', '关键是', '重点是', '现在是', '这次是', '这回是', '最要紧的是', '问题是']

/** A clause that opens with one of these is the point; every clause before it is background (…，真正受不了的是X). */
const FOCUS_LEAD = /^[^ ]{0,6}?(想问的是|要问的是|要说的是|想说的是|想反映的是|要反映的是|更担心的是|担心的是|受不了的是|真正[^ ]{0,8}的是|最[^ ]{1,3}的是|今天来?是想|今天主要|这次主要|这回主要|其实是想|我是想问|就是想问)/
/** A clause opening with a contrast … */
const CONTRAST_LEAD = /^(但是|但|可是|可|不过|然而)/
/** … makes a concessive clause before it background ("装修是吵，但…", "偶尔也吵，但…", "X是物业的事，但…"). */
const CONCESSIVE = /倒是|虽然|虽说|尽管|也还?[^ ]{0,3}$|是[^ ]{1,5}$|归[^ ]{1,3}$/

function indexOfAny(text: string, markers: string[]): number {
  let best = -1
  for (const marker of markers) {
    const i = text.indexOf(marker)
    if (i >= 0 && (best < 0 || i < best)) best = i
  }
  return best
}

function focusEnd(text: string): number {
  let end = -1
  for (const marker of FOCUS) {
    const i = text.lastIndexOf(marker)
    if (i >= 0) end = Math.max(end, i + marker.length)
  }
  return end
}

/**
 * The clauses the report is about: background clauses (see the marker lists) are dropped, and within a clause the
 * part before a focus marker is dropped. If that would leave nothing, every clause is kept.
 */
export function focusClauses(text: string): string[] {
  const all = clauses(text)
  if (all.length === 0) return all
  const kept: (string | null)[] = []
  for (let i = 0; i < all.length; i++) {
    const clause = all[i]
    const lead = FOCUS_LEAD.exec(clause)
    if (lead && lead[0].length < clause.length) {
      kept.fill(null)
      kept.push(clause.slice(lead[0].length))
      continue
    }
    if (i > 0 && CONTRAST_LEAD.test(clause) && CONCESSIVE.test(all[i - 1]) && !BACKGROUND_AFTER.some((m) => clause.includes(m))) {
      kept[kept.length - 1] = null
    }
    const end = focusEnd(clause)
    if (end >= 0 && end < clause.length) {
      kept.push(clause.slice(end))
      continue
    }
    if (indexOfAny(clause, BACKGROUND_IN_CLAUSE) >= 0) {
      kept.push(null)
      continue
    }
    const after = indexOfAny(clause, BACKGROUND_AFTER)
    if (after >= 0 && clause.length <= 10) {
      if (kept.length) kept[kept.length - 1] = null
      kept.push(null)
      continue
    }
    kept.push(clause)
  }
  const result = kept.filter((clause): clause is string => clause !== null && clause.length > 0)
  return result.length ? result : all
}

/** Calls `visit` for every n-gram (minN ≤ n ≤ maxN) inside each clause; clause edges are marked with '^' and '$'. */
export function forEachNgram(text: string, minN: number, maxN: number, visit: (gram: string) => void): void {
  forEachClauseNgram(focusClauses(text), minN, maxN, visit)
}

export function forEachClauseNgram(list: string[], minN: number, maxN: number, visit: (gram: string) => void): void {
  for (const clause of list) {
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
