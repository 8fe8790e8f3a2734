// Shape of the hand-written fragments the corpus generator composes.
import type { CategoryCode } from '../../../../src/core/domain/category'

export interface IssueSpec {
  /** Stable id; used to decide which phrasings are held out. */
  id: string
  category: CategoryCode
  urgent?: boolean
  /** Full complaint clauses. Slots: {in} place inside a compound, {road} public road, {dur} duration, {days} a few days. */
  cores: string[]
  /** Extra clauses used only for training (never held out), see train-only.ts. */
  trainCores?: string[]
  /** Round 3: the whole issue is used for training only (left out of corpus/heldout.jsonl, see weak-area-issues.ts). */
  trainOnly?: boolean
  /** Short phrases (4–10 characters) as people type them in a hurry. */
  frags: string[]
}

export function issues(category: CategoryCode, specs: Omit<IssueSpec, 'category'>[]): IssueSpec[] {
  return specs.map((spec) => ({ ...spec, category }))
}
