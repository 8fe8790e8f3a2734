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
import { ALTERNATE_PHRASINGS } from './alternate-phrasings'
import { TRAIN_ONLY_CORES } from './train-only'
import { WEAK_AREA_ISSUES } from './weak-area-issues'

export const ALL_ISSUES: IssueSpec[] = [
  ...sanitation, ...cityscape, ...facility, ...property, ...dispute,
  ...safety, ...labor, ...welfare, ...suggestion, ...other,
].map((issue) => ({ ...issue, cores: [...issue.cores, ...(ALTERNATE_PHRASINGS[issue.id] ?? [])], trainCores: TRAIN_ONLY_CORES[issue.id] ?? [] }))
  .concat(WEAK_AREA_ISSUES.map((issue) => ({ ...issue, trainCores: [] })))
