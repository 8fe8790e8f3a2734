// The test double itself must enforce the documented limits of the wx-server-sdk database API (WECHAT.md §3),
// or the cloud-db adapter's tests would prove nothing.
import { CloudDbDouble, CloudSdkError, coveringIndex, declaredIndexes } from '../support/cloud-db-double'
import { COLLECTIONS } from '../../cloudfunctions/src/adapters/cloud-db/collections'

async function seed(db: CloudDbDouble, count: number): Promise<void> {
  for (let i = 0; i < count; i += 1) {
    await db.collection('items').doc(`item-${String(i).padStart(4, '0')}`).set({ data: { n: i, group: i % 3 === 0 ? 'a' : 'b', tags: i % 2 ? ['odd'] : ['even'] } })
  }
}

describe('cloud database test double', () => {
  describe('records per get()', () => {
    it('returns at most 100 records without limit(), and up to 1000 with it', async () => {
      const db = new CloudDbDouble({ requireIndexes: false })
      await seed(db, 1200)
      expect((await db.collection('items').get()).data).toHaveLength(100)
      expect((await db.collection('items').where({ group: 'b' }).get()).data).toHaveLength(100)
      expect((await db.collection('items').limit(1000).get()).data).toHaveLength(1000)
      expect((await db.collection('items').limit(5).get()).data).toHaveLength(5)
      await expect(db.collection('items').count()).resolves.toEqual({ total: 1200 })
    })

    it('rejects a limit above 1000 or below 1', async () => {
      const db = new CloudDbDouble({ requireIndexes: false })
      await seed(db, 3)
      await expect(db.collection('items').limit(1001).get()).rejects.toThrow(/limit/)
      await expect(db.collection('items').limit(0).get()).rejects.toThrow(/limit/)
    })
  })

  describe('where and orderBy', () => {
    let db: CloudDbDouble
    const ids = async (query: { get(): Promise<{ data: Array<{ _id: string }> }> }) => (await query.get()).data.map((d) => d._id)

    beforeAll(async () => {
      db = new CloudDbDouble({ requireIndexes: false })
      await seed(db, 10)
      await db.collection('items').doc('nested').set({ data: { n: 100, owner: { id: 'u-1' } } })
    })

    it('supports the comparison and in operators', async () => {
      const _ = db.command
      const items = db.collection('items')
      await expect(ids(items.where({ n: _.lt(2) }).orderBy('n', 'asc'))).resolves.toEqual(['item-0000', 'item-0001'])
      await expect(ids(items.where({ n: _.lte(1) }).orderBy('n', 'asc'))).resolves.toEqual(['item-0000', 'item-0001'])
      await expect(ids(items.where({ n: _.gt(8) }).orderBy('n', 'asc'))).resolves.toEqual(['item-0009', 'nested'])
      await expect(ids(items.where({ n: _.gte(9), group: 'a' }))).resolves.toEqual(['item-0009'])
      await expect(ids(items.where({ n: _.in([3, 4, 77]) }).orderBy('n', 'asc'))).resolves.toEqual(['item-0003', 'item-0004'])
      await expect(ids(items.where({ group: _.neq('b') }).orderBy('n', 'asc'))).resolves.toEqual(['item-0000', 'item-0003', 'item-0006', 'item-0009', 'nested'])
      await expect(ids(items.where({ n: _.eq(5) }))).resolves.toEqual(['item-0005'])
      await expect(ids(items.where({ n: _.lt('5') }))).resolves.toEqual([])
    })

    it('supports and/or at the top level and on one field, dot paths and array fields', async () => {
      const _ = db.command
      const items = db.collection('items')
      await expect(ids(items.where(_.or([{ n: 1 }, { n: _.gt(8), group: 'a' }])).orderBy('n', 'asc'))).resolves.toEqual(['item-0001', 'item-0009'])
      await expect(ids(items.where(_.and([{ group: 'b' }, { n: _.gt(6) }])).orderBy('n', 'asc'))).resolves.toEqual(['item-0007', 'item-0008'])
      await expect(ids(items.where({ n: _.and([_.gt(2), _.lt(5)]) }).orderBy('n', 'asc'))).resolves.toEqual(['item-0003', 'item-0004'])
      await expect(ids(items.where({ n: _.or([_.lt(1), _.gt(8)]) }).orderBy('n', 'asc'))).resolves.toEqual(['item-0000', 'item-0009', 'nested'])
      await expect(ids(items.where({ 'owner.id': 'u-1' }))).resolves.toEqual(['nested'])
      await expect(ids(items.where({ tags: 'odd', n: _.lt(4) }).orderBy('n', 'asc'))).resolves.toEqual(['item-0001', 'item-0003'])
    })

    it('orders by several fields, missing values first when ascending', async () => {
      const rows = (await db.collection('items').orderBy('group', 'desc').orderBy('n', 'desc').limit(4).get()).data
      expect(rows.map((d) => d._id)).toEqual(['item-0008', 'item-0007', 'item-0005', 'item-0004'])
      const withMissing = (await db.collection('items').orderBy('group', 'asc').limit(2).get()).data
      expect(withMissing[0]._id).toBe('nested')
    })

    it('rejects a field command outside a field, and a bad order', async () => {
      const _ = db.command
      expect(() => db.collection('items').orderBy('n', 'up' as 'asc')).toThrow(CloudSdkError)
      await expect(db.collection('items').where(_.or([_.gt(1) as never])).get()).rejects.toThrow()
    })
  })

  describe('documents', () => {
    it('rejects get() of a missing document like the SDK', async () => {
      const db = new CloudDbDouble({ requireIndexes: false })
      await expect(db.collection('items').doc('nope').get()).rejects.toMatchObject({ errCode: -1, errMsg: 'document.get:fail document with _id nope does not exist' })
    })

    it('replaces on set(), merges top-level fields on update(), and refuses _id in data', async () => {
      const db = new CloudDbDouble({ requireIndexes: false })
      const doc = db.collection('items').doc('x')
      await expect(doc.set({ data: { a: 1, b: { c: 2 } } })).resolves.toMatchObject({ _id: 'x', stats: { created: 1, updated: 0 } })
      await doc.update({ data: { b: { d: 3 }, e: 4 } })
      await expect(doc.get()).resolves.toEqual({ data: { _id: 'x', a: 1, b: { d: 3 }, e: 4 } })
      await doc.set({ data: { z: true } })
      await expect(doc.get()).resolves.toEqual({ data: { _id: 'x', z: true } })
      await expect(db.collection('items').doc('missing').update({ data: { a: 1 } })).resolves.toEqual({ stats: { updated: 0 } })
      await expect(doc.set({ data: { _id: 'y', a: 1 } })).rejects.toThrow(/_id/)
      await expect(doc.remove()).resolves.toEqual({ stats: { removed: 1 } })
    })

    it('generates an _id on add() and refuses a duplicate one', async () => {
      const db = new CloudDbDouble({ requireIndexes: false })
      const { _id } = await db.collection('items').add({ data: { a: 1 } })
      expect(_id).toMatch(/^\w{32}$/)
      await db.collection('items').add({ data: { _id: 'mine', a: 2 } })
      await expect(db.collection('items').add({ data: { _id: 'mine', a: 3 } })).rejects.toThrow(/duplicate/)
      await expect(db.collection('items').doc('mine').get()).resolves.toEqual({ data: { _id: 'mine', a: 2 } })
    })

    it('hands out copies, not its own records', async () => {
      const db = new CloudDbDouble({ requireIndexes: false })
      const data = { list: [1] }
      await db.collection('items').doc('x').set({ data })
      data.list.push(2)
      const read = await db.collection('items').doc('x').get()
      ;(read.data.list as number[]).push(3)
      await expect(db.collection('items').doc('x').get()).resolves.toEqual({ data: { _id: 'x', list: [1] } })
    })
  })

  describe('transactions', () => {
    it('applies writes only on commit, and none when the callback throws', async () => {
      const db = new CloudDbDouble({ requireIndexes: false })
      await expect(
        db.runTransaction(async (t) => {
          await t.collection('items').doc('a').set({ data: { n: 1 } })
          await expect(db.collection('items').doc('a').get()).rejects.toThrow(/does not exist/)
          await expect(t.collection('items').doc('a').get()).resolves.toEqual({ data: { _id: 'a', n: 1 } })
          throw new Error('rollback')
        }),
      ).rejects.toThrow('rollback')
      expect(db.dump('items')).toEqual([])
      await db.runTransaction(async (t) => {
        await t.collection('items').doc('a').set({ data: { n: 1 } })
        await t.collection('items').doc('a').update({ data: { m: 2 } })
      })
      expect(db.dump('items')).toEqual([{ _id: 'a', n: 1, m: 2 }])
    })

    it('offers only doc-by-id operations inside, and a missing doc still rejects', async () => {
      const db = new CloudDbDouble({ requireIndexes: false })
      await db.runTransaction(async (t) => {
        const collection = t.collection('items') as unknown as Record<string, unknown>
        expect(Object.keys(collection)).toEqual(['doc'])
        const doc = t.collection('items').doc('nope') as unknown as Record<string, unknown>
        expect(Object.keys(doc).sort()).toEqual(['get', 'remove', 'set', 'update'])
        await expect(t.collection('items').doc('nope').get()).rejects.toThrow(/does not exist/)
      })
    })

    it('re-runs a transaction whose documents changed under it, and gives up after the retries', async () => {
      const db = new CloudDbDouble({ requireIndexes: false })
      await db.collection('counters').doc('c').set({ data: { n: 0 } })
      const increment = () =>
        db.runTransaction(async (t) => {
          const { data } = await t.collection('counters').doc('c').get()
          await new Promise((resolve) => setImmediate(resolve))
          await t.collection('counters').doc('c').set({ data: { n: Number(data.n) + 1 } })
        }, 10)
      await Promise.all([increment(), increment(), increment()])
      await expect(db.collection('counters').doc('c').get()).resolves.toEqual({ data: { _id: 'c', n: 3 } })
      expect(db.conflicts).toBeGreaterThan(0)

      let attempts = 0
      const alwaysConflicting = db.runTransaction(async (t) => {
        attempts += 1
        await t.collection('counters').doc('c').get()
        await db.collection('counters').doc('c').update({ data: { touched: attempts } })
      }, 2)
      await expect(alwaysConflicting).rejects.toMatchObject({ errCode: 'DATABASE_TRANSACTION_CONFLICT' })
      expect(attempts).toBe(3)
    })
  })

  describe('indexes (issue 12)', () => {
    const indexes = { items: [
      { name: 'group_n_id', fields: [{ field: 'group', direction: 'asc' as const }, { field: 'n', direction: 'desc' as const }, { field: '_id', direction: 'desc' as const }] },
      { name: 'code', fields: [{ field: 'code', direction: 'asc' as const }], unique: true },
    ] }

    it('answers a query whose equality fields lead an index and whose order follows it (or its inverse)', async () => {
      const db = new CloudDbDouble({ indexes })
      await seed(db, 10)
      const _ = db.command
      await expect(db.collection('items').where({ group: 'a' }).orderBy('n', 'desc').orderBy('_id', 'desc').get()).resolves.toEqual(expect.objectContaining({ data: expect.any(Array) }))
      await expect(db.collection('items').where({ group: _.in(['a', 'b']), n: _.lt(5) }).orderBy('n', 'asc').orderBy('_id', 'asc').get()).resolves.toBeDefined()
      await expect(db.collection('items').where({ group: 'a' }).count()).resolves.toEqual({ total: 4 })
      await expect(db.collection('items').where({ code: 'x' }).orderBy('_id', 'asc').get()).resolves.toEqual({ data: [] })
      await expect(db.collection('items').where({ _id: _.gt('item-0003') }).orderBy('_id', 'asc').get()).resolves.toBeDefined()
    })

    it('refuses a query no index covers: a field outside the index, a sort it cannot give, a scan', async () => {
      const db = new CloudDbDouble({ indexes })
      await seed(db, 10)
      const _ = db.command
      await expect(db.collection('items').where({ n: 3 }).get()).rejects.toThrow(/no index of items covers this query/)
      await expect(db.collection('items').where({ group: 'a' }).orderBy('_id', 'desc').get()).rejects.toThrow(CloudSdkError)
      await expect(db.collection('items').where({ group: 'a' }).orderBy('n', 'desc').orderBy('_id', 'asc').get()).rejects.toThrow(/no index/)
      await expect(db.collection('items').where({ group: 'a', tags: 'odd' }).get()).rejects.toThrow(/no index/)
      await expect(db.collection('items').where({ group: 'a', _id: _.gt('x') }).orderBy('n', 'desc').get()).rejects.toThrow(/no index/)
      await expect(db.collection('items').get()).rejects.toThrow(/no index/)
      await expect(db.collection('items').where({ n: _.gt(1) }).count()).rejects.toThrow(/no index/)
      await expect(db.collection('unknown').where({ a: 1 }).get()).rejects.toThrow(/no index of unknown/)
    })

    it('knows the indexes the project declares', () => {
      const declared = declaredIndexes()
      expect(declared).toHaveProperty([COLLECTIONS.cases])
      expect(declared.inbox.map((i) => i.name)).toContain('userId_createdAt_id')
      expect(coveringIndex(declared.cases, { communityId: 'c', status: 'x' }, [{ field: 'createdAt', order: 'desc' }, { field: '_id', order: 'desc' }])).toBe('communityId_status_createdAt_id')
    })
  })
})
