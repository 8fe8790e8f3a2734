// TEST DOUBLE of the wx-server-sdk database API (`cloud.database()`), in memory.
// The real SDK cannot run offline (a database call rejects with ENOTFOUND and crashes Node, TOOLCHAIN.md), so the
// cloud-db adapter is tested against this double, which follows the documented semantics (WECHAT.md §3):
// - get() returns at most 100 records without limit(), at most 1000 with an explicit limit(); a larger limit rejects;
// - where() with eq/neq/lt/lte/gt/gte/in and and/or (top level or on one field), dot paths, array fields match an element;
// - orderBy() over several fields (null/missing first ascending, then numbers, then strings), limit(), count();
// - doc(id).get() of a missing document rejects with errMsg 'document.get:fail document with _id … does not exist';
// - set() replaces (creating when missing), update() merges top-level fields, neither accepts an `_id` field;
//   add() generates an _id when the data has none and rejects a duplicate _id;
// - createCollection(name) rejects (errCode -501001, DATABASE_COLLECTION_ALREADY_EXIST) when the collection exists;
// - runTransaction(): only doc-by-id get/set/update/remove exist inside; writes are buffered and applied on commit; a
//   transaction whose documents (read or written) were changed by a commit after it started fails with
//   DATABASE_TRANSACTION_CONFLICT and is re-run, up to `retries` more times (like the SDK), then rejects.
// Values are copied through JSON, as they would be serialised on the wire.
// - Indexes (issue 12): get() and count() REFUSE a query that no declared index covers (cloud-db/indexes.ts and the
//   message collections' list), so the cloud never gets a query its console has no index for. Covered means: the
//   equality and `in` fields are exactly an index's leading fields (in any order); the orderBy fields come next in
//   the index, in order, all in its directions or all inverted; range conditions (lt/gt/neq, the cursor's `or`) are
//   only on those next fields. Every collection also has the built-in `_id` index; a unique index whose fields are
//   all equality terms allows any order.
// Every round trip (a get, count, add, a document's get/set/update/remove, and inside a transaction its start, each
// read or write and the commit) is counted in `calls`; `simulatedMs` is calls × `latencyMs`, a clock that a
// benchmark or test reads as "time spent waiting for the database" without really sleeping.
import type {
  CloudCollection,
  CloudDatabase,
  CloudDocument,
  CloudQuery,
  CloudTransaction,
  DbCommand,
  DocData,
  DocResult,
  FieldCommand,
  LogicCommand,
  QueryCondition,
  QueryResult,
  RemoveResult,
  Scalar,
  SetResult,
  StoredDoc,
  TransactionDocument,
  UpdateResult,
} from '../../cloudfunctions/src/adapters/cloud-db/database-api'
import { CLOUD_DB_INDEXES, type IndexSpec } from '../../cloudfunctions/src/adapters/cloud-db/indexes'
import { MESSAGE_COLLECTION_INDEXES } from '../../cloudfunctions/src/adapters/wechat/cloud-db-message-stores'

export interface DeclaredIndex {
  name: string
  fields: Array<{ field: string; direction: 'asc' | 'desc' }>
  unique?: boolean
}

/** Every index the project declares, by collection: cloud-db/indexes.ts and the message collections. */
export function declaredIndexes(): Record<string, DeclaredIndex[]> {
  const all: Record<string, DeclaredIndex[]> = {}
  for (const [collection, specs] of Object.entries(CLOUD_DB_INDEXES) as Array<[string, IndexSpec[]]>) all[collection] = specs.map((s) => ({ name: s.name, fields: s.fields, unique: s.unique }))
  for (const [collection, specs] of Object.entries(MESSAGE_COLLECTION_INDEXES)) {
    all[collection] = (specs as ReadonlyArray<{ name: string; fields: readonly string[]; unique?: boolean }>).map((s) => ({
      name: s.name,
      unique: s.unique,
      fields: s.fields.map((f) => {
        const [field, direction] = f.split(' ')
        return { field, direction: direction === 'desc' ? 'desc' : 'asc' }
      }),
    }))
  }
  return all
}

export const DEFAULT_GET_LIMIT = 100
export const MAX_GET_LIMIT = 1000
export const TRANSACTION_CONFLICT = 'DATABASE_TRANSACTION_CONFLICT'

/** Shaped like the SDK's errors: an Error with errCode and errMsg ("<api>:fail <reason>"). */
export class CloudSdkError extends Error {
  readonly errMsg: string
  constructor(
    api: string,
    reason: string,
    readonly errCode: number | string = -1,
  ) {
    super(`${api}:fail ${reason}`)
    this.errMsg = this.message
  }
}

type CompareOp = 'eq' | 'neq' | 'lt' | 'lte' | 'gt' | 'gte'

class FieldCmd {
  constructor(
    readonly op: CompareOp | 'in',
    readonly value: Scalar | readonly Scalar[],
  ) {}
}

class LogicCmd {
  constructor(
    readonly op: 'and' | 'or',
    readonly operands: ReadonlyArray<unknown>,
  ) {}
}

/** One get() as the double saw it, for tests that check how an adapter reads. */
export interface GetLogEntry {
  collection: string
  /** undefined when no limit() was given. */
  limit: number | undefined
  returned: number
}

interface QueryState {
  where?: QueryCondition
  orders: Array<{ field: string; order: 'asc' | 'desc' }>
  limit?: number
}

// ---------- values ----------

function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}

function readPath(doc: StoredDoc, path: string): unknown {
  let value: unknown = doc
  for (const part of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined
    value = (value as Record<string, unknown>)[part]
  }
  return value
}

function typeRank(value: unknown): number {
  if (value === undefined || value === null) return 0
  if (typeof value === 'number') return 1
  if (typeof value === 'string') return 2
  if (Array.isArray(value)) return 4
  if (typeof value === 'object') return 3
  return 5 // boolean
}

function compareValues(a: unknown, b: unknown): number {
  const rank = typeRank(a) - typeRank(b)
  if (rank !== 0) return rank
  if (typeof a === 'number' && typeof b === 'number') return a - b
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b)
  const ja = JSON.stringify(a ?? null)
  const jb = JSON.stringify(b ?? null)
  return ja < jb ? -1 : ja > jb ? 1 : 0
}

function scalarEquals(actual: unknown, expected: Scalar): boolean {
  if (expected === null) return actual === null || actual === undefined
  return actual === expected
}

/** Equality, where an array field matches when one of its elements does. */
function fieldEquals(actual: unknown, expected: Scalar): boolean {
  if (Array.isArray(actual)) return actual.some((element) => scalarEquals(element, expected)) || scalarEquals(actual, expected)
  return scalarEquals(actual, expected)
}

function orderedTest(op: CompareOp, actual: unknown, expected: Scalar): boolean {
  if (Array.isArray(actual)) return actual.some((element) => orderedTest(op, element, expected))
  const comparable = (typeof actual === 'number' && typeof expected === 'number') || (typeof actual === 'string' && typeof expected === 'string')
  if (!comparable) return false
  const c = compareValues(actual, expected)
  return op === 'lt' ? c < 0 : op === 'lte' ? c <= 0 : op === 'gt' ? c > 0 : c >= 0
}

// ---------- conditions ----------

function applyField(actual: unknown, condition: unknown): boolean {
  if (condition instanceof FieldCmd) {
    const { op, value } = condition
    if (op === 'in') return (value as readonly Scalar[]).some((v) => fieldEquals(actual, v))
    if (op === 'eq') return fieldEquals(actual, value as Scalar)
    if (op === 'neq') return !fieldEquals(actual, value as Scalar)
    return orderedTest(op, actual, value as Scalar)
  }
  if (condition instanceof LogicCmd) {
    const test = (operand: unknown) => applyField(actual, operand)
    return condition.op === 'and' ? condition.operands.every(test) : condition.operands.some(test)
  }
  if (condition !== null && typeof condition === 'object') throw new CloudSdkError('collection.get', 'nested object conditions are not supported by the double: use a dot path')
  return fieldEquals(actual, condition as Scalar)
}

function matches(doc: StoredDoc, condition: unknown): boolean {
  if (condition instanceof LogicCmd) {
    const test = (operand: unknown) => matches(doc, operand)
    return condition.op === 'and' ? condition.operands.every(test) : condition.operands.some(test)
  }
  if (condition instanceof FieldCmd || condition === null || typeof condition !== 'object') {
    throw new CloudSdkError('collection.get', 'a field command must be the value of a field')
  }
  return Object.entries(condition as Record<string, unknown>).every(([path, expected]) => applyField(readPath(doc, path), expected))
}

function logicOperands(api: string, conditions: ReadonlyArray<unknown>): ReadonlyArray<unknown> {
  if (!Array.isArray(conditions) || conditions.length === 0) throw new CloudSdkError(api, 'expects a non-empty array of conditions')
  return [...conditions]
}

export function createCommand(): DbCommand {
  const field = (op: CompareOp) => (value: Scalar) => new FieldCmd(op, value) as unknown as FieldCommand
  return {
    eq: field('eq'),
    neq: field('neq'),
    lt: field('lt'),
    lte: field('lte'),
    gt: field('gt'),
    gte: field('gte'),
    in: (values) => {
      if (!Array.isArray(values)) throw new CloudSdkError('command.in', 'expects an array')
      return new FieldCmd('in', [...values]) as unknown as FieldCommand
    },
    and: (conditions) => new LogicCmd('and', logicOperands('command.and', conditions)) as unknown as LogicCommand,
    or: (conditions) => new LogicCmd('or', logicOperands('command.or', conditions)) as unknown as LogicCommand,
  }
}

// ---------- data checks ----------

function checkData(api: string, data: unknown, allowId: boolean): DocData {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new CloudSdkError(api, 'options.data must be an object')
  if (Object.keys(data).length === 0) throw new CloudSdkError(api, 'options.data must not be empty')
  if (!allowId && Object.prototype.hasOwnProperty.call(data, '_id')) throw new CloudSdkError(api, '不能更新_id的值')
  return copy(data as DocData)
}

function notFound(id: string): CloudSdkError {
  return new CloudSdkError('document.get', `document with _id ${id} does not exist`)
}

const key = (collection: string, id: string) => `${collection}\u0000${id}`

// ---------- the database ----------

/** The fields a where-condition tests: by equality (eq, a scalar, in) or by range (lt/lte/gt/gte/neq, or inside an `or`). */
function conditionFields(condition: unknown, into: { equal: Set<string>; range: Set<string> }, inOr = false): void {
  if (condition instanceof LogicCmd) {
    for (const operand of condition.operands) conditionFields(operand, into, inOr || condition.op === 'or')
    return
  }
  if (condition === null || typeof condition !== 'object') return
  for (const [path, value] of Object.entries(condition as Record<string, unknown>)) {
    const equal = !inOr && (!(value instanceof FieldCmd || value instanceof LogicCmd) || (value instanceof FieldCmd && (value.op === 'eq' || value.op === 'in')))
    ;(equal ? into.equal : into.range).add(path)
  }
}

/** The name of an index that covers the query, or undefined. */
export function coveringIndex(indexes: readonly DeclaredIndex[], where: unknown, orders: ReadonlyArray<{ field: string; order: 'asc' | 'desc' }>): string | undefined {
  const fields = { equal: new Set<string>(), range: new Set<string>() }
  if (where !== undefined) conditionFields(where, fields)
  for (const field of fields.range) fields.equal.delete(field)
  if (fields.equal.size === 0 && fields.range.size === 0 && orders.length === 0) return undefined // a scan of the collection
  const candidates: DeclaredIndex[] = [...indexes, { name: '_id_', fields: [{ field: '_id', direction: 'asc' }], unique: true }]
  for (const index of candidates) {
    const lead = index.fields.slice(0, fields.equal.size)
    if (lead.length !== fields.equal.size || !lead.every((f) => fields.equal.has(f.field))) continue
    const rest = index.fields.slice(fields.equal.size)
    if (index.unique && rest.length === 0 && fields.range.size === 0) return index.name
    if (orders.length > rest.length) continue
    const same = orders.every((o, i) => rest[i].field === o.field && rest[i].direction === o.order)
    const inverse = orders.every((o, i) => rest[i].field === o.field && rest[i].direction !== o.order)
    if (!same && !inverse) continue
    const rangeable = new Set(rest.slice(0, Math.max(1, orders.length)).map((f) => f.field))
    if ([...fields.range].every((f) => rangeable.has(f))) return index.name
  }
  return undefined
}

export class CloudDbDouble implements CloudDatabase {
  readonly command: DbCommand = createCommand()
  /** The indexes queries must be covered by, per collection (default: every index the project declares). */
  readonly indexes: Record<string, DeclaredIndex[]>

  private readonly requireIndexes: boolean

  /** `requireIndexes: false` only for tests of the double's own query semantics on ad-hoc collections. */
  constructor(options: { indexes?: Record<string, DeclaredIndex[]>; requireIndexes?: boolean; latencyMs?: number } = {}) {
    this.indexes = options.indexes ?? declaredIndexes()
    this.requireIndexes = options.requireIndexes ?? true
    this.latencyMs = options.latencyMs ?? 0
  }

  /** Throws, like a console without the index would time out, when no declared index covers the query. */
  checkIndexed(api: string, collection: string, where: unknown, orders: ReadonlyArray<{ field: string; order: 'asc' | 'desc' }>): void {
    if (!this.requireIndexes || coveringIndex(this.indexes[collection] ?? [], where, orders) !== undefined) return
    const fields = { equal: new Set<string>(), range: new Set<string>() }
    if (where !== undefined) conditionFields(where, fields)
    const shape = `where equal [${[...fields.equal].join(', ')}] range [${[...fields.range].join(', ')}] orderBy [${orders.map((o) => `${o.field} ${o.order}`).join(', ')}]`
    throw new CloudSdkError(api, `no index of ${collection} covers this query (${shape}): declare one in cloud-db/indexes.ts`, 'INDEX_MISSING')
  }
  /** Round trips to the database so far. */
  calls = 0
  /** Simulated time per round trip. */
  readonly latencyMs: number

  /** The time the round trips so far would have taken. */
  get simulatedMs(): number {
    return this.calls * this.latencyMs
  }

  /** Count one round trip. */
  roundTrip(): void {
    this.calls += 1
  }
  /** Every get(), in order. */
  readonly getLog: GetLogEntry[] = []
  /** Number of transaction attempts that failed with a conflict (and were retried or rejected). */
  conflicts = 0

  private readonly collections = new Map<string, Map<string, StoredDoc>>()
  /** Collections made with createCollection (a collection also exists once a document was written to it). */
  private readonly createdCollections = new Set<string>()

  /** db.createCollection(name): rejects like the SDK when the collection exists (DATABASE_COLLECTION_ALREADY_EXIST). */
  async createCollection(name: string): Promise<{ errMsg: string }> {
    this.roundTrip()
    if (this.createdCollections.has(name) || (this.collections.get(name)?.size ?? 0) > 0) {
      throw new CloudSdkError('database.createCollection', `DATABASE_COLLECTION_ALREADY_EXIST: collection ${name} already exists`, -501001)
    }
    this.createdCollections.add(name)
    return { errMsg: 'createCollection:ok' }
  }

  /** The collections that exist: created, or holding documents. */
  collectionNames(): string[] {
    return [...new Set([...this.createdCollections, ...[...this.collections].filter(([, docs]) => docs.size > 0).map(([name]) => name)])].sort()
  }
  private readonly versions = new Map<string, number>()
  private commitSeq = 0
  private nextId = 0

  collection(name: string): CloudCollection {
    return new DoubleCollection(this, name, { orders: [] })
  }

  async runTransaction<T>(run: (transaction: CloudTransaction) => Promise<T>, retries = 3): Promise<T> {
    for (let attempt = 0; ; attempt += 1) {
      this.roundTrip()
      const transaction = new DoubleTransaction(this, this.commitSeq)
      let result: T
      try {
        result = await run(transaction)
      } finally {
        transaction.close()
      }
      this.roundTrip()
      if (this.commitIfNoConflict(transaction)) return result
      this.conflicts += 1
      if (attempt >= retries) throw new CloudSdkError('transaction.commit', `${TRANSACTION_CONFLICT}: write conflict, retries exhausted`, TRANSACTION_CONFLICT)
    }
  }

  /** All documents of a collection, in insertion order (test inspection only). */
  dump(name: string): StoredDoc[] {
    return [...this.docs(name).values()].map(copy)
  }

  // ----- internals used by the query, document and transaction classes -----

  docs(name: string): Map<string, StoredDoc> {
    let docs = this.collections.get(name)
    if (!docs) {
      docs = new Map()
      this.collections.set(name, docs)
    }
    return docs
  }

  read(collection: string, id: string): StoredDoc | undefined {
    return this.docs(collection).get(id)
  }

  /** A committed write outside any transaction. */
  write(collection: string, id: string, doc: StoredDoc | undefined): void {
    this.commitSeq += 1
    this.apply(collection, id, doc)
  }

  generateId(): string {
    this.nextId += 1
    return `dbl${this.nextId.toString(16).padStart(29, '0')}`
  }

  changedSince(collection: string, id: string, seq: number): boolean {
    return (this.versions.get(key(collection, id)) ?? 0) > seq
  }

  private apply(collection: string, id: string, doc: StoredDoc | undefined): void {
    if (doc) this.docs(collection).set(id, doc)
    else this.docs(collection).delete(id)
    this.versions.set(key(collection, id), this.commitSeq)
  }

  private commitIfNoConflict(transaction: DoubleTransaction): boolean {
    if (transaction.touched().some(({ collection, id }) => this.changedSince(collection, id, transaction.startSeq))) return false
    this.commitSeq += 1
    for (const { collection, id, doc } of transaction.writes()) this.apply(collection, id, doc)
    return true
  }
}

// ---------- queries ----------

class DoubleQuery implements CloudQuery {
  constructor(
    protected readonly db: CloudDbDouble,
    protected readonly name: string,
    protected readonly state: QueryState,
  ) {}

  where(condition: QueryCondition): CloudQuery {
    if (condition === null || typeof condition !== 'object') throw new CloudSdkError('collection.where', 'condition must be an object')
    return new DoubleQuery(this.db, this.name, { ...this.state, where: condition })
  }

  orderBy(field: string, order: 'asc' | 'desc'): CloudQuery {
    if (order !== 'asc' && order !== 'desc') throw new CloudSdkError('collection.orderBy', `order must be 'asc' or 'desc', got ${String(order)}`)
    return new DoubleQuery(this.db, this.name, { ...this.state, orders: [...this.state.orders, { field, order }] })
  }

  limit(max: number): CloudQuery {
    return new DoubleQuery(this.db, this.name, { ...this.state, limit: max })
  }

  async get(): Promise<QueryResult> {
    this.db.roundTrip()
    const { limit } = this.state
    if (limit !== undefined && (!Number.isInteger(limit) || limit < 1 || limit > MAX_GET_LIMIT)) {
      throw new CloudSdkError('collection.get', `limit must be an integer in 1..${MAX_GET_LIMIT}, got ${limit}`)
    }
    this.db.checkIndexed('collection.get', this.name, this.state.where, this.state.orders)
    const data = this.sorted(this.matching()).slice(0, limit ?? DEFAULT_GET_LIMIT).map(copy)
    this.db.getLog.push({ collection: this.name, limit, returned: data.length })
    return { data }
  }

  async count(): Promise<{ total: number }> {
    this.db.roundTrip()
    this.db.checkIndexed('collection.count', this.name, this.state.where, [])
    return { total: this.matching().length }
  }

  private matching(): StoredDoc[] {
    const all = [...this.db.docs(this.name).values()]
    const { where } = this.state
    return where === undefined ? all : all.filter((doc) => matches(doc, where))
  }

  private sorted(docs: StoredDoc[]): StoredDoc[] {
    const { orders } = this.state
    if (orders.length === 0) return docs
    return [...docs].sort((a, b) => {
      for (const { field, order } of orders) {
        const c = compareValues(readPath(a, field), readPath(b, field))
        if (c !== 0) return order === 'asc' ? c : -c
      }
      return 0
    })
  }
}

class DoubleCollection extends DoubleQuery implements CloudCollection {
  doc(id: string): CloudDocument {
    if (typeof id !== 'string' || id === '') throw new CloudSdkError('collection.doc', 'docId must be a non-empty string')
    return new DoubleDocument(this.db, this.name, id)
  }

  async add(options: { data: DocData }): Promise<{ _id: string }> {
    this.db.roundTrip()
    const data = checkData('collection.add', options?.data, true)
    const id = typeof data._id === 'string' && data._id !== '' ? data._id : this.db.generateId()
    if (this.db.read(this.name, id)) throw new CloudSdkError('collection.add', `E11000 duplicate key error collection: ${this.name} dup key: { _id: "${id}" }`, -502001)
    this.db.write(this.name, id, { ...data, _id: id })
    return { _id: id }
  }
}

class DoubleDocument implements CloudDocument {
  constructor(
    private readonly db: CloudDbDouble,
    private readonly name: string,
    private readonly id: string,
  ) {}

  async get(): Promise<DocResult> {
    this.db.roundTrip()
    const doc = this.db.read(this.name, this.id)
    if (!doc) throw notFound(this.id)
    return { data: copy(doc) }
  }

  async set(options: { data: DocData }): Promise<SetResult> {
    this.db.roundTrip()
    const data = checkData('document.set', options?.data, false)
    const existed = this.db.read(this.name, this.id) !== undefined
    this.db.write(this.name, this.id, { ...data, _id: this.id })
    return { _id: this.id, stats: { updated: existed ? 1 : 0, created: existed ? 0 : 1 } }
  }

  async update(options: { data: DocData }): Promise<UpdateResult> {
    this.db.roundTrip()
    const data = checkData('document.update', options?.data, false)
    const existing = this.db.read(this.name, this.id)
    if (!existing) return { stats: { updated: 0 } }
    this.db.write(this.name, this.id, { ...existing, ...data, _id: this.id })
    return { stats: { updated: 1 } }
  }

  async remove(): Promise<RemoveResult> {
    this.db.roundTrip()
    const existed = this.db.read(this.name, this.id) !== undefined
    if (existed) this.db.write(this.name, this.id, undefined)
    return { stats: { removed: existed ? 1 : 0 } }
  }
}

// ---------- transactions ----------

class DoubleTransaction implements CloudTransaction {
  private readonly pending = new Map<string, { collection: string; id: string; doc: StoredDoc | undefined }>()
  private readonly seen = new Map<string, { collection: string; id: string }>()
  private open = true

  constructor(
    private readonly db: CloudDbDouble,
    readonly startSeq: number,
  ) {}

  collection(name: string): { doc(id: string): TransactionDocument } {
    return {
      doc: (id: string): TransactionDocument => {
        if (typeof id !== 'string' || id === '') throw new CloudSdkError('collection.doc', 'docId must be a non-empty string')
        return {
          get: async () => {
            this.db.roundTrip()
            const doc = this.current(name, id)
            if (!doc) throw notFound(id)
            return { data: copy(doc) }
          },
          set: async (options) => {
            this.db.roundTrip()
            const data = checkData('document.set', options?.data, false)
            const existed = this.current(name, id) !== undefined
            this.stage(name, id, { ...data, _id: id })
            return { _id: id, stats: { updated: existed ? 1 : 0, created: existed ? 0 : 1 } }
          },
          update: async (options) => {
            this.db.roundTrip()
            const data = checkData('document.update', options?.data, false)
            const existing = this.current(name, id)
            if (!existing) return { stats: { updated: 0 } }
            this.stage(name, id, { ...existing, ...data, _id: id })
            return { stats: { updated: 1 } }
          },
          remove: async () => {
            const existed = this.current(name, id) !== undefined
            if (existed) this.stage(name, id, undefined)
            return { stats: { removed: existed ? 1 : 0 } }
          },
        }
      },
    }
  }

  close(): void {
    this.open = false
  }

  touched(): Array<{ collection: string; id: string }> {
    return [...this.seen.values()]
  }

  writes(): Array<{ collection: string; id: string; doc: StoredDoc | undefined }> {
    return [...this.pending.values()]
  }

  private current(collection: string, id: string): StoredDoc | undefined {
    this.checkOpen()
    this.seen.set(key(collection, id), { collection, id })
    const staged = this.pending.get(key(collection, id))
    return staged ? staged.doc : this.db.read(collection, id)
  }

  private stage(collection: string, id: string, doc: StoredDoc | undefined): void {
    this.checkOpen()
    this.seen.set(key(collection, id), { collection, id })
    this.pending.set(key(collection, id), { collection, id, doc })
  }

  private checkOpen(): void {
    if (!this.open) throw new CloudSdkError('transaction', 'the transaction has already ended')
  }
}
