// Reading and writing labelled examples as JSON lines.
import * as fs from 'fs'
import * as path from 'path'
import { isCategoryCode, type CategoryCode } from '../../../src/core/domain/category'

export interface LabelledExample {
  id: string
  text: string
  category: CategoryCode
  urgent: boolean
  style: string
}

export const CORPUS_DIR = path.join(__dirname, 'corpus')
export const CORPUS_FILES = {
  train: path.join(CORPUS_DIR, 'train.jsonl'),
  heldout: path.join(CORPUS_DIR, 'heldout.jsonl'),
  handwritten: path.join(CORPUS_DIR, 'handwritten-heldout.jsonl'),
  corrections: path.join(CORPUS_DIR, 'corrections.jsonl'),
  /** Written independently from TAXONOMY.md; may be read to study errors and choose methods, never trained on. */
  blindDev: path.join(CORPUS_DIR, 'blind-dev.jsonl'),
  /** Written independently from TAXONOMY.md; never opened while tuning, only measured by eval.ts at the end. */
  blindTest: path.join(CORPUS_DIR, 'blind-test.jsonl'),
  /** urgent-only, independent writer (round 5): NEVER opened or used for tuning; final urgent figure only */
  urgentTest: path.join(CORPUS_DIR, 'urgent-test.jsonl'),
  /** Round 6, a second independent writer from TAXONOMY.md alone: NEVER opened or used for tuning; measured once. */
  blindTest2: path.join(CORPUS_DIR, 'blind-test2.jsonl'),
  /** Round 6, urgent-only (120 urgent, 15 per situation, + 80 decoys): measured once sealed, then an urgent DEV set. */
  urgentTest2: path.join(CORPUS_DIR, 'urgent-test2.jsonl'),
  /** Round 6, urgent-only (160 urgent, 20 per situation, + 80 decoys): measured sealed twice, then an urgent DEV set. */
  urgentTest3: path.join(CORPUS_DIR, 'urgent-test3.jsonl'),
  /** Round 6, urgent-only, another writer (same layout as urgent-test3): measured sealed twice, then a DEV set. */
  urgentTest4: path.join(CORPUS_DIR, 'urgent-test4.jsonl'),
  /** Round 6b, urgent-only, another writer (same layout as urgent-test3): NEVER opened or used for tuning. */
  urgentTest5: path.join(CORPUS_DIR, 'urgent-test5.jsonl'),
  /** Round 6c, urgent-only, another writer (same layout as urgent-test3): NEVER opened or used for tuning. */
  urgentTest6: path.join(CORPUS_DIR, 'urgent-test6.jsonl'),
  /** Round 7, urgent-only: 60 immediate physical hazards (overhead objects about to fall, ground giving way, water
   *  through a ceiling or into homes), 30 other urgent situations, 59 near-miss decoys. Sealed: measured, never opened
   *  for tuning. Written from TAXONOMY.md before the rules were read (see README, Round 7, for who wrote it). */
  urgentTest7: path.join(CORPUS_DIR, 'urgent-test7.jsonl'),
  /** Urgent-only, written by a new writer who saw only TAXONOMY.md and the seed (never the rules, the model or any
   *  other set): 160 urgent (77 immediate physical hazards) + 80 decoys, three writing styles. Sealed: measured, never
   *  opened for tuning. */
  urgentTest8: path.join(CORPUS_DIR, 'urgent-test8.jsonl'),
  urgentTest10: path.join(CORPUS_DIR, 'urgent-test10.jsonl'),
  urgentTest11: path.join(CORPUS_DIR, 'urgent-test11.jsonl'),
  urgentTest12: path.join(CORPUS_DIR, 'urgent-test12.jsonl'),
  urgentTest13: path.join(CORPUS_DIR, 'urgent-test13.jsonl'),
  blindTest3: path.join(CORPUS_DIR, 'blind-test3.jsonl'),
  /** Round 13: measured sealed once after round 12, then studied (README, Round 13). */
  urgentTest14: path.join(CORPUS_DIR, 'urgent-test14.jsonl'),
  blindTest4: path.join(CORPUS_DIR, 'blind-test4.jsonl'),
  /** Round 14: measured sealed once after round 13, then studied (README, Round 14). */
  urgentTest15: path.join(CORPUS_DIR, 'urgent-test15.jsonl'),
  blindTest5: path.join(CORPUS_DIR, 'blind-test5.jsonl'),
  /** Round 15: measured sealed once after round 14, then studied (README, Round 15). */
  urgentTest16: path.join(CORPUS_DIR, 'urgent-test16.jsonl'),
  blindTest6: path.join(CORPUS_DIR, 'blind-test6.jsonl'),
  /** Round 16: measured sealed once after round 15, then studied (README, Round 16). */
  urgentTest17: path.join(CORPUS_DIR, 'urgent-test17.jsonl'),
  blindTest7: path.join(CORPUS_DIR, 'blind-test7.jsonl'),
  /** Round 17: measured sealed once after round 16 (and with round 15's system), then studied (README, Round 17). */
  urgentTest18: path.join(CORPUS_DIR, 'urgent-test18.jsonl'),
  blindTest8: path.join(CORPUS_DIR, 'blind-test8.jsonl'),
  /** Round 18: measured sealed once after round 17 (and with round 16's system), then studied (README, Round 18). */
  urgentTest19: path.join(CORPUS_DIR, 'urgent-test19.jsonl'),
  blindTest9: path.join(CORPUS_DIR, 'blind-test9.jsonl'),
  /** Round 18: written during round 17 by two new writers, measured sealed once after round 17 (the lead), then studied (README, Round 18). */
  urgentTest20: path.join(CORPUS_DIR, 'urgent-test20.jsonl'),
  blindTest10: path.join(CORPUS_DIR, 'blind-test10.jsonl'),
  /** Round 19: written during round 18 by two new writers, measured sealed once with round 17's system and once after round 18 (the lead), then studied (README, Round 19). */
  urgentTest21: path.join(CORPUS_DIR, 'urgent-test21.jsonl'),
  blindTest11: path.join(CORPUS_DIR, 'blind-test11.jsonl'),
  /** Written after round 18 by two new writers; measured sealed once with round 18's system (README, Round 18). */
  urgentTest22: path.join(CORPUS_DIR, 'urgent-test22.jsonl'),
  blindTest12: path.join(CORPUS_DIR, 'blind-test12.jsonl'),
  /** Written during round 19 by four new writers; measured sealed once with round 18's system and once after round 19 (README, Round 19), then studied (README, Round 20). */
  urgentTest23: path.join(CORPUS_DIR, 'urgent-test23.jsonl'),
  blindTest13: path.join(CORPUS_DIR, 'blind-test13.jsonl'),
  urgentTest24: path.join(CORPUS_DIR, 'urgent-test24.jsonl'),
  blindTest14: path.join(CORPUS_DIR, 'blind-test14.jsonl'),
  /** Written during round 19 by two more new writers; measured sealed once, after round 19 (README, Round 19). */
  urgentTest25: path.join(CORPUS_DIR, 'urgent-test25.jsonl'),
  blindTest15: path.join(CORPUS_DIR, 'blind-test15.jsonl'),
  /** Written during round 20 by four new writers; measured sealed once, after the round's first part (README, Round 20);
   *  blind-test16 studied since. */
  urgentTest26: path.join(CORPUS_DIR, 'urgent-test26.jsonl'),
  blindTest16: path.join(CORPUS_DIR, 'blind-test16.jsonl'),
  blindTest17: path.join(CORPUS_DIR, 'blind-test17.jsonl'),
  blindTest18: path.join(CORPUS_DIR, 'blind-test18.jsonl'),
  /** Written during round 20 by three more new writers; measured sealed once, after the round (README, Round 20). */
  urgentTest27: path.join(CORPUS_DIR, 'urgent-test27.jsonl'),
  blindTest19: path.join(CORPUS_DIR, 'blind-test19.jsonl'),
  blindTest20: path.join(CORPUS_DIR, 'blind-test20.jsonl'),
  /** Written at the end of round 20 by three more new writers; measured sealed once, after the round (README, Round 20). */
  urgentTest28: path.join(CORPUS_DIR, 'urgent-test28.jsonl'),
  blindTest21: path.join(CORPUS_DIR, 'blind-test21.jsonl'),
  blindTest22: path.join(CORPUS_DIR, 'blind-test22.jsonl'),
  /** Written at the end of round 20 by two more new writers; measured sealed once, after the round (README, Round 20). */
  blindTest23: path.join(CORPUS_DIR, 'blind-test23.jsonl'),
  blindTest24: path.join(CORPUS_DIR, 'blind-test24.jsonl'),
  /** Written during round 21 by four more new writers; blind-test26 measured sealed after the round's first part, all four
   *  after its second (README, Round 21). */
  urgentTest29: path.join(CORPUS_DIR, 'urgent-test29.jsonl'),
  blindTest25: path.join(CORPUS_DIR, 'blind-test25.jsonl'),
  blindTest26: path.join(CORPUS_DIR, 'blind-test26.jsonl'),
  blindTest27: path.join(CORPUS_DIR, 'blind-test27.jsonl'),
  /** Written during round 22 by three more new writers; measured sealed once, at the end of the round (README, Round 22). */
  urgentTest30: path.join(CORPUS_DIR, 'urgent-test30.jsonl'),
  blindTest28: path.join(CORPUS_DIR, 'blind-test28.jsonl'),
  blindTest29: path.join(CORPUS_DIR, 'blind-test29.jsonl'),
  /** Written during round 23 by four more new writers; measured sealed once, at the end of the round (README, Round 23). */
  urgentTest31: path.join(CORPUS_DIR, 'urgent-test31.jsonl'),
  urgentTest32: path.join(CORPUS_DIR, 'urgent-test32.jsonl'),
  blindTest30: path.join(CORPUS_DIR, 'blind-test30.jsonl'),
  blindTest31: path.join(CORPUS_DIR, 'blind-test31.jsonl'),
  urgentTest33: path.join(CORPUS_DIR, 'urgent-test33.jsonl'),
  urgentTest34: path.join(CORPUS_DIR, 'urgent-test34.jsonl'),
  blindTest32: path.join(CORPUS_DIR, 'blind-test32.jsonl'),
  blindTest33: path.join(CORPUS_DIR, 'blind-test33.jsonl'),
  urgentTest35: path.join(CORPUS_DIR, 'urgent-test35.jsonl'),
  urgentTest36: path.join(CORPUS_DIR, 'urgent-test36.jsonl'),
  blindTest34: path.join(CORPUS_DIR, 'blind-test34.jsonl'),
  blindTest35: path.join(CORPUS_DIR, 'blind-test35.jsonl'),
  urgentTest37: path.join(CORPUS_DIR, 'urgent-test37.jsonl'),
  urgentTest38: path.join(CORPUS_DIR, 'urgent-test38.jsonl'),
  blindTest36: path.join(CORPUS_DIR, 'blind-test36.jsonl'),
  blindTest37: path.join(CORPUS_DIR, 'blind-test37.jsonl'),
  /** Round 8, urgent-only DEV set from another writer who never saw the corpus (160 urgent + 80 decoys; styles typed,
   *  elderly-voice, grid-worker, wechat-group). Measured first, untouched, then studied (README, Round 8). */
  urgentDev9: path.join(CORPUS_DIR, 'urgent-dev9.jsonl'),
  /** Round 9, urgent-only DEV set from another writer who saw only TAXONOMY.md and the seed (160 urgent + 80 decoys).
   *  Measured first, untouched, then studied (README, Round 9). */
  urgentDev10: path.join(CORPUS_DIR, 'urgent-dev10.jsonl'),
  /** Round 11, urgent-only DEV set from another writer (160 urgent + 80 decoys; typed, elderly-voice, grid-worker,
   *  wechat-group). Measured first, untouched, with the round-10 system, then studied (README, Round 11). */
  urgentDev11: path.join(CORPUS_DIR, 'urgent-dev11.jsonl'),
  /** Round 7, urgent-only dev set for the same hazards (same layout idea, another prompt): read to study misses. */
  urgentDevHazards: path.join(CORPUS_DIR, 'urgent-dev-hazards.jsonl'),
  /** Urgent-only set written independently from TAXONOMY.md (150 urgent in 8 situations + 90 decoys); a dev set. */
  urgentDev: path.join(CORPUS_DIR, 'urgent-dev.jsonl'),
}

export function readJsonl(file: string): LabelledExample[] {
  if (!fs.existsSync(file)) return []
  return fs.readFileSync(file, 'utf8').split('\n').filter((line) => line.trim()).map((line, i) => {
    const row = JSON.parse(line) as Partial<LabelledExample>
    if (typeof row.text !== 'string' || !isCategoryCode(row.category)) throw new Error(`${file}:${i + 1}: bad example`)
    return { id: row.id ?? `${path.basename(file)}-${i + 1}`, text: row.text, category: row.category, urgent: Boolean(row.urgent), style: row.style ?? 'unknown' }
  })
}

/** For urgent-only sets: `text` and `urgent` are what counts; a missing or unknown category becomes 'other'. */
export function readUrgentJsonl(file: string): LabelledExample[] {
  if (!fs.existsSync(file)) return []
  return fs.readFileSync(file, 'utf8').split('\n').filter((line) => line.trim()).map((line, i) => {
    const row = JSON.parse(line) as Partial<LabelledExample>
    if (typeof row.text !== 'string') throw new Error(`${file}:${i + 1}: bad example`)
    const category = isCategoryCode(row.category) ? row.category : 'other'
    return { id: row.id ?? `${path.basename(file)}-${i + 1}`, text: row.text, category, urgent: Boolean(row.urgent), style: row.style ?? 'unknown' }
  })
}

export function writeJsonl(file: string, rows: object[]): void {
  fs.writeFileSync(file, rows.map((row) => JSON.stringify(row)).join('\n') + (rows.length ? '\n' : ''))
}
