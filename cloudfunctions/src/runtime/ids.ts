// Unique ids for cases, events and files: random UUIDs without dashes (URL- and cloud-id-safe).
import { randomUUID } from 'node:crypto'
import type { IdGenerator } from '../../../src/core/ports/ids'

export const randomIds: IdGenerator = { next: () => randomUUID().replace(/-/g, '') }
