// The small part of wx-server-sdk's `cloud.database()` that the cloud-db adapter uses (WECHAT.md §3).
// Pass `cloud.database() as unknown as CloudDatabase`; tests pass the in-memory double of tests/support.

declare const fieldCommandBrand: unique symbol
declare const logicCommandBrand: unique symbol

/** A scalar that can be stored in or compared against a document field. */
export type Scalar = string | number | boolean | null

/** A field operator, e.g. `_.gt(1)` or `_.in(['a', 'b'])`. */
export interface FieldCommand {
  readonly [fieldCommandBrand]: true
}

/** `_.and([...])` / `_.or([...])`: over whole conditions, or over field operators when used as a field's value. */
export interface LogicCommand {
  readonly [logicCommandBrand]: true
}

export type FieldCondition = Scalar | FieldCommand | LogicCommand

/** `{ field: value }` (dot paths allowed, e.g. 'petitioner.userId'), or a logic command. */
export type QueryCondition = { readonly [field: string]: FieldCondition } | LogicCommand

export interface DbCommand {
  eq(value: Scalar): FieldCommand
  neq(value: Scalar): FieldCommand
  lt(value: Scalar): FieldCommand
  lte(value: Scalar): FieldCommand
  gt(value: Scalar): FieldCommand
  gte(value: Scalar): FieldCommand
  in(values: readonly Scalar[]): FieldCommand
  and(conditions: ReadonlyArray<QueryCondition | FieldCommand>): LogicCommand
  or(conditions: ReadonlyArray<QueryCondition | FieldCommand>): LogicCommand
}

/** Document data as written (never with `_id`: that is the doc id). */
export type DocData = Record<string, unknown>

/** A document as read back. */
export type StoredDoc = DocData & { _id: string }

export interface QueryResult {
  data: StoredDoc[]
}

export interface DocResult {
  data: StoredDoc
}

export interface SetResult {
  _id: string
  stats: { updated: number; created: number }
}

export interface UpdateResult {
  stats: { updated: number }
}

export interface RemoveResult {
  stats: { removed: number }
}

export interface CloudQuery {
  where(condition: QueryCondition): CloudQuery
  orderBy(field: string, order: 'asc' | 'desc'): CloudQuery
  /** Records per get(): 100 by default, at most 1000 with an explicit limit. */
  limit(max: number): CloudQuery
  get(): Promise<QueryResult>
  count(): Promise<{ total: number }>
}

export interface CloudDocument {
  /** Rejects (errMsg 'document.get:fail document with _id … does not exist') when there is no such document. */
  get(): Promise<DocResult>
  /** Replaces the whole document, creating it when missing. */
  set(options: { data: DocData }): Promise<SetResult>
  /** Merges top-level fields into an existing document. */
  update(options: { data: DocData }): Promise<UpdateResult>
  remove(): Promise<RemoveResult>
}

export interface CloudCollection extends CloudQuery {
  doc(id: string): CloudDocument
  add(options: { data: DocData }): Promise<{ _id: string }>
}

/** Inside a transaction only single documents, by id, may be read and written. */
export interface TransactionDocument {
  get(): Promise<DocResult>
  set(options: { data: DocData }): Promise<SetResult>
  update(options: { data: DocData }): Promise<UpdateResult>
  /** Deletes the document (the SDK's transaction `remove` / `delete`). */
  remove(): Promise<RemoveResult>
}

export interface CloudTransaction {
  collection(name: string): { doc(id: string): TransactionDocument }
}

export interface CloudDatabase {
  readonly command: DbCommand
  collection(name: string): CloudCollection
  /** Runs `run` in a transaction, retrying it on a write conflict up to `retries` times. */
  runTransaction<T>(run: (transaction: CloudTransaction) => Promise<T>, retries?: number): Promise<T>
}

/** The same interface under the name the runtime wiring uses. */
export type DatabaseApi = CloudDatabase
