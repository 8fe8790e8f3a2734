// All hand-written issue phrasings, by category.
import type { IssueSpec } from './types'
import { sanitation } from './sanitation'
import { cityscape } from './cityscape'
import { facility } from './facility'
import { property } from './property'
import { dispute } from './dispute'
import { safety } from './safety'
import { labor } from './labor'
import { welfare } from './welfare'
import { suggestion } from './suggestion'
import { other } from './other'
import { EXTRA_CORES } from './extra'
import { TRAIN_ONLY_CORES } from './train-only'
import { ROUND3_ISSUES } from './round3'

export const ALL_ISSUES: IssueSpec[] = [
  ...sanitation, ...cityscape, ...facility, ...property, ...dispute,
  ...safety, ...labor, ...welfare, ...suggestion, ...other,
].map((issue) => ({ ...issue, cores: [...issue.cores, ...(EXTRA_CORES[issue.id] ?? [])], trainCores: TRAIN_ONLY_CORES[issue.id] ?? [] }))
  .concat(ROUND3_ISSUES.map((issue) => ({ ...issue, trainCores: [] })))
