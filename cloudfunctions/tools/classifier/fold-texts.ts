// The texts a leave-one-writer-out fold reads (urgent-leave-one-out.ts --save-models names each fold model after them):
// a studied set's texts (urgent-dev-examples.ts DEV_TRAINING_SETS), or a training writer's (`writer-NAME`,
// train-urgent.ts WRITER_FILES); a decoy or an ordinary text is not urgent. Never a sealed set.
import { readUrgentJsonl } from './corpus-io'
import { WRITER_FILES, writtenExamples } from './train-urgent'
import { DEV_TRAINING_SETS } from './urgent-dev-examples'

export interface FoldText { text: string; urgent: boolean }

let written: ReturnType<typeof writtenExamples> | undefined

/** The fold's texts, or undefined when `fold` is neither a studied set nor a training writer. */
export function foldTexts(fold: string): FoldText[] | undefined {
  const set = DEV_TRAINING_SETS[fold]
  if (set) return readUrgentJsonl(set.file).map((e) => ({ text: e.text, urgent: e.urgent }))
  const files = fold.startsWith('writer-') ? WRITER_FILES[fold.slice('writer-'.length)] : undefined
  if (!files) return undefined
  written ??= writtenExamples()
  return written.filter((e) => e.source !== undefined && files.includes(e.source)).map((e) => ({ text: e.text, urgent: e.label !== 'none' }))
}
