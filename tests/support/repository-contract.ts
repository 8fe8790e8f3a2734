// The repository contract: every database adapter must pass these tests (DESIGN.md rule 7).
import { boardCardOf, cardOf, type CaseEvent, type CaseRecord } from '@core/domain/case'
import { STATUS_GROUPS, type CaseStatus } from '@core/domain/case-status'
import type { CaseQuery, Page, Repositories } from '@core/ports/repositories'
import { topicRepositoryContract } from './topic-contract'
import { statisticsContract } from './statistics-contract'
import { buildBuilding, buildCase, buildCommunity, buildEvent, buildFirstEvent, buildFullCase, buildGrid, buildHousehold, buildStreet, buildUnit, buildUser } from './builders'

export interface ContractSubject {
  repos: Repositories
  close(): Promise<void>
}

const HANDLING: readonly CaseStatus[] = ['assigned', 'inProgress', 'extensionRequested']

/** ISO instant `minutes` after a fixed start, so that order is easy to read in tests. */
function at(minutes: number): string {
  return new Date(Date.UTC(2026, 10, 28, 0, 0, 0) + minutes * 60_000).toISOString()
}

function newestFirst(items: CaseRecord[]): string[] {
  return [...items].sort((a, b) => (a.createdAt === b.createdAt ? (a.id < b.id ? 1 : -1) : a.createdAt < b.createdAt ? 1 : -1)).map((c) => c.id)
}

function byKeyThenId(items: CaseRecord[], field: 'dueAt' | 'updatedAt'): string[] {
  return [...items].sort((a, b) => (a[field] === b[field] ? (a.id < b.id ? -1 : 1) : (a[field] ?? '') < (b[field] ?? '') ? -1 : 1)).map((c) => c.id)
}

async function readAll(fetch: (cursor?: string) => Promise<Page<{ id: string }>>): Promise<{ ids: string[]; pageSizes: number[] }> {
  const ids: string[] = []
  const pageSizes: number[] = []
  let cursor: string | undefined
  do {
    const page = await fetch(cursor)
    ids.push(...page.items.map((c) => c.id))
    pageSizes.push(page.items.length)
    cursor = page.nextCursor
    if (pageSizes.length > 1000) throw new Error('paging does not end')
  } while (cursor !== undefined)
  return { ids, pageSizes }
}

export function repositoryContract(name: string, make: () => Promise<ContractSubject>): void {
  describe(`${name}: repository contract`, () => {
    let subject: ContractSubject
    let repos: Repositories

    beforeEach(async () => {
      subject = await make()
      repos = subject.repos
    })
    afterEach(async () => {
      await subject.close()
    })

    async function createCase(overrides: Partial<CaseRecord> = {}): Promise<CaseRecord> {
      const item = buildCase(overrides)
      const outcome = await repos.cases.create(item, buildFirstEvent(item))
      expect(outcome.created).toBe(true)
      return item
    }

    async function transition(item: CaseRecord, changes: Partial<CaseRecord>, eventOverrides: Partial<CaseEvent> = {}): Promise<{ next: CaseRecord; event: CaseEvent }> {
      const next: CaseRecord = { ...item, ...changes, version: item.version + 1 }
      const events = await repos.events.listByCase(item.id)
      const event = buildEvent({ caseId: item.id, seq: events.length + 1, action: 'progress', fromStatus: item.status, toStatus: next.status, actorRole: 'handler', ...eventOverrides })
      return { next, event }
    }

    statisticsContract(() => repos)

    describe('cases: create and get', () => {
      it('round-trips a case with every field, nested ones included', async () => {
        const item = buildFullCase()
        const first = buildFirstEvent(item, { note: '入户登记', attachments: [{ fileId: 'cloud://env/x.jpg', kind: 'image' }], data: { category: 'facility', nested: { a: [1, 2] } } })
        await expect(repos.cases.create(item, first)).resolves.toStrictEqual({ item, created: true })
        await expect(repos.cases.get(item.id)).resolves.toStrictEqual(item)
        await expect(repos.events.listByCase(item.id)).resolves.toStrictEqual([first])
      })

      it('keeps absent optional fields absent', async () => {
        const item = buildCase({ petitioner: { name: '匿名居民' }, anonymous: true })
        delete item.gridId
        await repos.cases.create(item, buildFirstEvent(item))
        const stored = await repos.cases.get(item.id)
        expect(stored).toStrictEqual(item)
        for (const field of ['gridId', 'category', 'unitId', 'level', 'dueAt', 'meeting', 'mergedInto', 'referral', 'result', 'publishedResult', 'publishedAt', 'rating', 'closure'] as const) {
          expect(stored?.[field]).toBeUndefined()
        }
        expect(stored?.petitioner).toStrictEqual({ name: '匿名居民' })
        const [event] = await repos.events.listByCase(item.id)
        expect(event.fromStatus).toBeNull()
        expect(event.note).toBeUndefined()
        expect(event.data).toBeUndefined()
      })

      it('answers undefined for unknown ids and keys, and finds a case by its idempotency key', async () => {
        const item = await createCase()
        await expect(repos.cases.get('case-missing')).resolves.toBeUndefined()
        await expect(repos.cases.findByIdempotencyKey('key-missing')).resolves.toBeUndefined()
        await expect(repos.cases.findByIdempotencyKey(item.idempotencyKey)).resolves.toStrictEqual(item)
      })

      it('rejects a second case with a used id but a new key, writing nothing', async () => {
        const item = await createCase()
        const clash = buildCase({ id: item.id, text: '另一件事' })
        await expect(repos.cases.create(clash, buildFirstEvent(clash))).rejects.toThrow()
        await expect(repos.cases.get(item.id)).resolves.toStrictEqual(item)
        await expect(repos.cases.findByIdempotencyKey(clash.idempotencyKey)).resolves.toBeUndefined()
        await expect(repos.events.listByCase(item.id)).resolves.toHaveLength(1)
      })
    })

    describe('cases: idempotency', () => {
      it('returns the existing case for a used key and writes nothing', async () => {
        const first = await createCase({ idempotencyKey: 'phone-retry-1' })
        const retry = buildCase({ idempotencyKey: 'phone-retry-1', text: '重复提交' })
        const outcome = await repos.cases.create(retry, buildFirstEvent(retry))
        expect(outcome).toStrictEqual({ item: first, created: false })
        await expect(repos.cases.get(retry.id)).resolves.toBeUndefined()
        await expect(repos.events.listByCase(retry.id)).resolves.toEqual([])
        await expect(repos.events.listByCase(first.id)).resolves.toHaveLength(1)
      })

      it('creates one case when two creates with the same key race', async () => {
        const a = buildCase({ idempotencyKey: 'race-1', communityId: 'community-race' })
        const b = buildCase({ idempotencyKey: 'race-1', communityId: 'community-race' })
        const outcomes = await Promise.all([repos.cases.create(a, buildFirstEvent(a)), repos.cases.create(b, buildFirstEvent(b))])
        expect(outcomes.filter((o) => o.created)).toHaveLength(1)
        expect(outcomes[0].item.id).toBe(outcomes[1].item.id)
        const page = await repos.cases.list({ communityId: 'community-race', limit: 10 })
        expect(page.items.map((c) => c.id)).toEqual([outcomes[0].item.id])
        const events = [...(await repos.events.listByCase(a.id)), ...(await repos.events.listByCase(b.id))]
        expect(events).toHaveLength(1)
      })
    })

    describe('cases: saveTransition', () => {
      it('saves the next version with its event', async () => {
        const item = await createCase()
        const { next, event } = await transition(item, { status: 'triaged', category: 'sanitation', updatedAt: at(5) }, { action: 'triage', data: { category: 'sanitation' } })
        await expect(repos.cases.saveTransition(next, event)).resolves.toBe('saved')
        await expect(repos.cases.get(item.id)).resolves.toStrictEqual(next)
        await expect(repos.events.listByCase(item.id)).resolves.toStrictEqual([expect.objectContaining({ seq: 1 }), event])
      })

      it('stores the whole case, so a cleared optional field is gone', async () => {
        const item = await createCase({ unitId: 'unit-a', dueAt: at(100) })
        const { next, event } = await transition(item, { status: 'triaged' })
        delete next.unitId
        delete next.dueAt
        await repos.cases.saveTransition(next, event)
        const stored = await repos.cases.get(item.id)
        expect(stored).toStrictEqual(next)
        expect(stored?.unitId).toBeUndefined()
        expect(stored?.dueAt).toBeUndefined()
      })

      it('answers stale and writes nothing when the stored version moved on', async () => {
        const item = await createCase()
        const first = await transition(item, { status: 'triaged' })
        await repos.cases.saveTransition(first.next, first.event)
        const late = await transition(item, { status: 'referred', text: '旧版本上的修改' })
        late.event.seq = 2
        await expect(repos.cases.saveTransition(late.next, late.event)).resolves.toBe('stale')
        await expect(repos.cases.get(item.id)).resolves.toStrictEqual(first.next)
        const events = await repos.events.listByCase(item.id)
        expect(events.map((e) => e.id)).toEqual([expect.any(String), first.event.id])
      })

      it('answers stale for an unknown case', async () => {
        const ghost = buildCase({ version: 2 })
        await expect(repos.cases.saveTransition(ghost, buildEvent({ caseId: ghost.id, seq: 2 }))).resolves.toBe('stale')
        await expect(repos.cases.get(ghost.id)).resolves.toBeUndefined()
        await expect(repos.events.listByCase(ghost.id)).resolves.toEqual([])
      })

      it('lets exactly one of two racing saves of the same version win', async () => {
        const item = await createCase()
        const a = await transition(item, { status: 'triaged' })
        const b = await transition(item, { status: 'merged', mergedInto: 'case-x' })
        const outcomes = await Promise.all([repos.cases.saveTransition(a.next, a.event), repos.cases.saveTransition(b.next, b.event)])
        expect([...outcomes].sort()).toEqual(['saved', 'stale'])
        const winner = outcomes[0] === 'saved' ? a : b
        await expect(repos.cases.get(item.id)).resolves.toStrictEqual(winner.next)
        const events = await repos.events.listByCase(item.id)
        expect(events.map((e) => e.id)).toEqual([expect.any(String), winner.event.id])
      })
    })

    describe('events', () => {
      it('lists a case’s events oldest first by seq, and only that case’s', async () => {
        let item = await createCase()
        const other = await createCase()
        const statuses: CaseStatus[] = ['triaged', 'assigned', 'inProgress', 'completed']
        for (const status of statuses) {
          const { next, event } = await transition(item, { status })
          await expect(repos.cases.saveTransition(next, event)).resolves.toBe('saved')
          item = next
        }
        const events = await repos.events.listByCase(item.id)
        expect(events.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5])
        expect(events.map((e) => e.toStatus)).toEqual(['submitted', ...statuses])
        await expect(repos.events.listByCase(other.id)).resolves.toHaveLength(1)
        await expect(repos.events.listByCase('case-missing')).resolves.toEqual([])
      })

      it('lists more than 100 events of one case', async () => {
        let item = await createCase()
        for (let i = 0; i < 120; i += 1) {
          const { next, event } = await transition(item, { status: 'inProgress', updatedAt: at(i + 1) })
          await repos.cases.saveTransition(next, event)
          item = next
        }
        const events = await repos.events.listByCase(item.id)
        expect(events.map((e) => e.seq)).toEqual(Array.from({ length: 121 }, (_, i) => i + 1))
      })
    })

    describe('cases: list', () => {
      let all: CaseRecord[]
      const pick = (...indexes: number[]) => newestFirst(indexes.map((i) => all[i]))
      const ids = async (query: CaseQuery) => (await repos.cases.list(query)).items.map((c) => c.id)

      beforeEach(async () => {
        const u = (id: string) => ({ userId: id, name: `居民${id}` })
        all = []
        const specs: Array<Partial<CaseRecord>> = [
          { communityId: 'c-1', gridId: 'g-1', petitioner: u('p-1'), submittedBy: 'p-1', unitId: 'unit-a', status: 'submitted' },
          { communityId: 'c-1', gridId: 'g-2', petitioner: u('p-2'), submittedBy: 'gw-1', unitId: 'unit-a', status: 'inProgress' },
          { communityId: 'c-1', gridId: 'g-3', petitioner: u('p-1'), submittedBy: 'gw-1', unitId: 'unit-b', status: 'closed' },
          { communityId: 'c-2', gridId: 'g-9', petitioner: u('p-3'), submittedBy: 'p-3', status: 'submitted' },
          { communityId: 'c-3', streetId: 'street-2', gridId: 'g-1', petitioner: { name: '匿名' }, submittedBy: 'gw-2', status: 'inProgress' },
          { communityId: 'c-1', petitioner: u('p-2'), submittedBy: 'p-2', unitId: 'unit-a', status: 'assigned', urgency: 'urgent' },
        ]
        for (const [i, spec] of specs.entries()) {
          const item = buildCase({ streetId: 'street-1', ...spec, createdAt: at(i), updatedAt: at(i) })
          if (spec.gridId === undefined) delete item.gridId
          await repos.cases.create(item, buildFirstEvent(item))
          all.push(item)
        }
      })

      it('lists by each scope, newest first', async () => {
        await expect(ids({ petitionerUserId: 'p-1', limit: 100 })).resolves.toEqual(pick(0, 2))
        await expect(ids({ submittedBy: 'gw-1', limit: 100 })).resolves.toEqual(pick(1, 2))
        await expect(ids({ unitId: 'unit-a', limit: 100 })).resolves.toEqual(pick(0, 1, 5))
        await expect(ids({ gridIds: ['g-1', 'g-2'], limit: 100 })).resolves.toEqual(pick(0, 1, 4))
        await expect(ids({ communityId: 'c-1', limit: 100 })).resolves.toEqual(pick(0, 1, 2, 5))
        await expect(ids({ streetId: 'street-1', limit: 100 })).resolves.toEqual(pick(0, 1, 2, 3, 5))
        await expect(ids({ streetId: 'street-2', limit: 100 })).resolves.toEqual(pick(4))
      })

      it('filters by statuses', async () => {
        await expect(ids({ communityId: 'c-1', statuses: ['submitted', 'assigned'], limit: 100 })).resolves.toEqual(pick(0, 5))
        await expect(ids({ unitId: 'unit-a', statuses: HANDLING, limit: 100 })).resolves.toEqual(pick(1, 5))
        await expect(ids({ gridIds: ['g-1', 'g-2', 'g-9'], statuses: ['submitted'], limit: 100 })).resolves.toEqual(pick(0, 3))
        await expect(ids({ communityId: 'c-1', statuses: [], limit: 100 })).resolves.toEqual([])
      })

      it('lists the open group (a partial index of its own on SQLite) like any other set of statuses', async () => {
        const open = [...STATUS_GROUPS.open].reverse()
        await expect(ids({ communityId: 'c-1', statuses: open, limit: 100 })).resolves.toEqual(pick(0, 1, 5))
        await expect(ids({ unitId: 'unit-a', statuses: open, limit: 100 })).resolves.toEqual(pick(0, 1, 5))
        await expect(ids({ gridIds: ['g-1', 'g-3'], statuses: open, limit: 100 })).resolves.toEqual(pick(0, 4))
        await expect(ids({ streetId: 'street-1', statuses: open, urgency: 'urgent', limit: 100 })).resolves.toEqual(pick(5))
        const first = await repos.cases.list({ communityId: 'c-1', statuses: open, limit: 2 })
        expect((await repos.cases.list({ communityId: 'c-1', statuses: open, limit: 2, cursor: first.nextCursor })).items.map((c) => c.id)).toEqual(pick(0, 1, 5).slice(2))
      })

      it('lists the urgent ones', async () => {
        await expect(ids({ communityId: 'c-1', urgency: 'urgent', limit: 100 })).resolves.toEqual(pick(5))
        await expect(ids({ unitId: 'unit-a', statuses: HANDLING, urgency: 'urgent', limit: 100 })).resolves.toEqual(pick(5))
        await expect(ids({ communityId: 'c-1', statuses: ['submitted'], urgency: 'urgent', limit: 100 })).resolves.toEqual([])
      })

      it('refuses a filter no index serves: a petitioner’s list by status or urgency, the urgent list by submitter', async () => {
        await expect(repos.cases.list({ petitionerUserId: 'p-1', statuses: ['submitted'], limit: 10 })).rejects.toThrow()
        await expect(repos.cases.list({ petitionerUserId: 'p-1', urgency: 'urgent', limit: 10 })).rejects.toThrow()
        await expect(repos.cases.list({ submittedBy: 'gw-1', urgency: 'urgent', limit: 10 })).rejects.toThrow()
      })

      it('lists a submitter’s cases by status', async () => {
        await expect(ids({ submittedBy: 'gw-1', statuses: ['closed', 'inProgress'], limit: 100 })).resolves.toEqual(pick(1, 2))
        await expect(ids({ submittedBy: 'gw-1', statuses: ['closed'], limit: 100 })).resolves.toEqual(pick(2))
      })

      it('uses one scope, by precedence', async () => {
        await expect(ids({ petitionerUserId: 'p-2', submittedBy: 'gw-1', communityId: 'c-2', limit: 100 })).resolves.toEqual(pick(1, 5))
        await expect(ids({ submittedBy: 'gw-1', unitId: 'unit-a', limit: 100 })).resolves.toEqual(pick(1, 2))
        await expect(ids({ unitId: 'unit-b', gridIds: ['g-1'], limit: 100 })).resolves.toEqual(pick(2))
        await expect(ids({ gridIds: ['g-9'], communityId: 'c-1', streetId: 'street-2', limit: 100 })).resolves.toEqual(pick(3))
        await expect(ids({ communityId: 'c-2', streetId: 'street-2', limit: 100 })).resolves.toEqual(pick(3))
      })

      it('matches nothing for an empty grid list, and refuses a query without scope or with a bad limit', async () => {
        await expect(ids({ gridIds: [], communityId: 'c-1', limit: 100 })).resolves.toEqual([])
        await expect(repos.cases.list({ limit: 10 })).rejects.toThrow()
        await expect(repos.cases.list({ communityId: 'c-1', limit: 0 })).rejects.toThrow()
        await expect(repos.cases.list({ communityId: 'c-1', limit: 101 })).rejects.toThrow()
      })

      it('has no next cursor when the last page is exactly full', async () => {
        const first = await repos.cases.list({ communityId: 'c-1', limit: 2 })
        expect(first.items).toHaveLength(2)
        expect(first.nextCursor).toEqual(expect.any(String))
        const second = await repos.cases.list({ communityId: 'c-1', limit: 2, cursor: first.nextCursor })
        expect(second.items.map((c) => c.id)).toEqual(pick(0, 1, 2, 5).slice(2))
        expect(second.nextCursor).toBeUndefined()
      })
    })

    describe('cases: cards', () => {
      it('reads the same pages as list() and listAgenda(), as cards of the records', async () => {
        const long = `${'\n'.repeat(3)}三楼楼道的灯坏了很久，晚上上下楼看不见，老人摔过一跤。${'后来又反映过几次。'.repeat(30)}`
        const made: CaseRecord[] = []
        for (let i = 0; i < 7; i += 1) {
          made.push(await createCase({
            communityId: 'c-cards', gridId: 'g-cards', unitId: i % 2 ? 'unit-cards' : undefined, status: i < 3 ? 'onAgenda' : 'inProgress',
            text: i === 0 ? long : i === 1 ? '语音说事' : `事项${i}`,
            attachments: i === 1 ? [{ fileId: 'cloud://voice-1', kind: 'audio' }] : i === 2 ? [{ fileId: 'cloud://photo-1', kind: 'image' }] : [],
            meeting: i < 3 ? { date: `2026-12-1${i}`, place: '议事厅' } : undefined,
            dueAt: i >= 3 ? at(1000 + i) : undefined, urgency: i === 4 ? 'urgent' : 'normal', createdAt: at(i), updatedAt: at(i),
          }))
        }
        // 需尽快核实 rides on the card only while the case waits to be sorted.
        const suggestion: CaseRecord['suggestion'] = { category: 'facility', urgent: false, urgentReasons: [], unit: '住建 / 市政', confidence: 0.6, top3: [], checkSoon: '井盖缺失或坑洞有坠落危险' }
        made.push(await createCase({ communityId: 'c-cards', status: 'submitted', text: '学校门口的井盖没了', suggestion, createdAt: at(7), updatedAt: at(7) }))
        made.push(await createCase({ communityId: 'c-cards', status: 'triaged', text: '菜场门口的井盖没了', suggestion, createdAt: at(8), updatedAt: at(8) }))
        const stored = await Promise.all(made.map((c) => repos.cases.get(c.id)))
        const byId = new Map(stored.map((c) => [c!.id, c!]))
        for (const query of [{ communityId: 'c-cards', limit: 3 }, { gridIds: ['g-cards'], statuses: HANDLING, limit: 2 }, { unitId: 'unit-cards', urgency: 'urgent' as const, limit: 5 }]) {
          let cursor: string | undefined
          do {
            const records = await repos.cases.list({ ...query, cursor })
            const cards = await repos.cases.listCards({ ...query, cursor })
            expect(cards.items).toEqual(records.items.map((c) => cardOf(byId.get(c.id)!)))
            expect(cards.nextCursor).toEqual(records.nextCursor)
            cursor = records.nextCursor
          } while (cursor)
        }
        const agenda = await repos.cases.listAgendaCards({ communityId: 'c-cards' }, 2)
        expect(agenda.items.map((c) => c.meeting?.date)).toEqual(['2026-12-10', '2026-12-11'])
        expect((await repos.cases.listAgendaCards({ communityId: 'c-cards' }, 2, agenda.nextCursor)).items.map((c) => c.id)).toEqual([made[2].id])
        const cards = (await repos.cases.listCards({ communityId: 'c-cards', limit: 10 })).items
        const card = (i: number) => cards.find((c) => c.id === made[i].id)!
        expect(card(0).text).toBe(Array.from(long).slice(0, 200).join(''))
        expect(card(1).voiceOnly).toBe(true)
        expect(card(2).voiceOnly).toBe(false)
        expect(card(0)).not.toHaveProperty('attachments')
        expect(card(7).checkSoon).toBe('井盖缺失或坑洞有坠落危险')
        expect(card(8)).not.toHaveProperty('checkSoon')
        expect(card(0)).not.toHaveProperty('checkSoon')
      })
    })

    describe('cases: paging', () => {
      it('pages through 250 cases newest first, with no duplicates and no gaps', async () => {
        const created: CaseRecord[] = []
        for (let i = 0; i < 250; i += 1) {
          // 10 cases share each instant, so the id must break ties.
          const time = at(Math.floor(i / 10))
          created.push(await createCase({ communityId: 'c-paging', gridId: i % 2 === 0 ? 'g-even' : 'g-odd', status: i % 3 === 0 ? 'closed' : 'submitted', createdAt: time, updatedAt: time }))
        }
        const all = await readAll((cursor) => repos.cases.list({ communityId: 'c-paging', limit: 100, cursor }))
        expect(all.pageSizes).toEqual([100, 100, 50])
        expect(new Set(all.ids).size).toBe(250)
        expect(all.ids).toEqual(newestFirst(created))

        const filtered = await readAll((cursor) => repos.cases.list({ gridIds: ['g-even'], statuses: ['submitted'], limit: 7, cursor }))
        const expected = newestFirst(created.filter((c) => c.gridId === 'g-even' && c.status === 'submitted'))
        expect(filtered.ids).toEqual(expected)
        expect(filtered.pageSizes.slice(0, -1).every((size) => size === 7)).toBe(true)
      })

      it('rejects a cursor that is not one', async () => {
        await createCase({ communityId: 'c-paging' })
        await expect(repos.cases.list({ communityId: 'c-paging', limit: 10, cursor: 'not a cursor' })).rejects.toThrow()
      })
    })

    describe('cases: listAgenda', () => {
      it('lists onAgenda and deliberated cases of the scope by meeting date, earliest first, by pages', async () => {
        const meeting = (date: string) => ({ date, place: '社区议事厅' })
        const specs: Array<[CaseStatus, string | undefined, string]> = [
          ['onAgenda', '2026-12-15', 'c-a'],
          ['deliberated', '2026-12-01', 'c-a'],
          ['onAgenda', '2026-12-08', 'c-a'],
          ['onAgenda', '2026-12-08', 'c-a'], // same date: the id breaks the tie
          ['assigned', '2026-11-20', 'c-a'], // decided and assigned: no longer on the agenda
          ['submitted', undefined, 'c-a'],
          ['onAgenda', '2026-12-02', 'c-b'], // another community
        ]
        const made: CaseRecord[] = []
        for (const [i, [status, date, communityId]] of specs.entries()) {
          const item = await createCase({ status, communityId, gridId: i % 2 ? 'g-odd' : 'g-even', unitId: 'unit-x', meeting: date ? meeting(date) : undefined, createdAt: at(i) })
          made.push(item)
        }
        const expected = [made[1], made[2], made[3], made[0]]
          .sort((a, b) => (a.meeting!.date === b.meeting!.date ? (a.id < b.id ? -1 : 1) : a.meeting!.date < b.meeting!.date ? -1 : 1))
          .map((c) => c.id)
        const paged = await readAll((cursor) => repos.cases.listAgenda({ communityId: 'c-a' }, 3, cursor))
        expect(paged.ids).toEqual(expected)
        expect(paged.pageSizes).toEqual([3, 1])
        const byGrids = await repos.cases.listAgenda({ gridIds: ['g-even', 'g-odd'] }, 100)
        expect(byGrids.items.map((c) => c.meeting?.date)).toEqual(['2026-12-01', '2026-12-02', '2026-12-08', '2026-12-08', '2026-12-15'])
        await expect(repos.cases.listAgenda({ gridIds: [] }, 10)).resolves.toEqual({ items: [] })
        await expect(repos.cases.listAgenda({ petitionerUserId: 'p' }, 10)).rejects.toThrow()
      })

      it('follows a case that moves onto and off the agenda', async () => {
        const item = await createCase({ status: 'triaged', communityId: 'c-move' })
        await expect(repos.cases.listAgenda({ communityId: 'c-move' }, 10)).resolves.toEqual({ items: [] })
        const { next, event } = await transition(item, { status: 'onAgenda', meeting: { date: '2026-12-20', place: '议事厅' } }, { action: 'putOnAgenda' })
        await repos.cases.saveTransition(next, event)
        await expect(repos.cases.listAgenda({ communityId: 'c-move' }, 10)).resolves.toEqual({ items: [next] })
      })
    })

    describe('cases: listPublished', () => {
      it('lists the community’s published results, newest publication first, by pages', async () => {
        const specs: Array<[CaseStatus, number | undefined, string]> = [
          ['published', 30, 'c-pub'],
          ['rated', 50, 'c-pub'],
          ['closed', 10, 'c-pub'],
          ['closed', undefined, 'c-pub'], // closed without a publication: not on the board
          ['completed', undefined, 'c-pub'],
          ['assigned', 20, 'c-pub'], // reopened after 不满意: off the board until published again
          ['published', 40, 'c-else'],
          ['published', 30, 'c-pub'], // same instant as the first: the id breaks the tie
        ]
        const made: CaseRecord[] = []
        for (const [status, minute, communityId] of specs) {
          const item = await createCase({ status, communityId, publishedAt: minute === undefined ? undefined : at(minute), publishedResult: minute === undefined ? undefined : '已处理' })
          made.push(item)
        }
        const expected = [made[0], made[1], made[2], made[7]]
          .sort((a, b) => (a.publishedAt === b.publishedAt ? (a.id < b.id ? 1 : -1) : a.publishedAt! < b.publishedAt! ? 1 : -1))
          .map((c) => c.id)
        const paged = await readAll((cursor) => repos.cases.listPublished('c-pub', 3, cursor))
        expect(paged.ids).toEqual(expected)
        expect(paged.pageSizes).toEqual([3, 1])
        // A board row holds what the board shows, read the same way on both databases.
        const { items: [top] } = await repos.cases.listPublished('c-pub', 1)
        expect(top).toEqual(boardCardOf(made.find((c) => c.id === expected[0])!))
        expect(top).toMatchObject({ publishedResult: '已处理', petitionerName: made[0].petitioner.name })
      })
    })

    describe('cases: listDue', () => {
      let due: CaseRecord[]
      const before = at(1000)

      beforeEach(async () => {
        due = []
        const specs: Array<[CaseStatus, number | undefined]> = [
          ['inProgress', 900],
          ['assigned', 100],
          ['extensionRequested', 1000], // exactly at `before`: included
          ['inProgress', 1001], // not yet due
          ['closed', 50], // closed: not listed
          ['submitted', undefined], // no deadline
          ['assigned', 100], // same deadline as another: id breaks the tie
          ['inProgress', 400],
        ]
        for (const [status, dueMinute] of specs) {
          const item = await createCase({ status, dueAt: dueMinute === undefined ? undefined : at(dueMinute) })
          if (dueMinute === undefined) delete item.dueAt
          due.push(item)
        }
      })

      it('lists handling cases due at or before the instant, earliest deadline first', async () => {
        const page = await repos.cases.listDue(HANDLING, before, 100)
        const expected = byKeyThenId([due[0], due[1], due[2], due[6], due[7]], 'dueAt')
        expect(page.items.map((c) => c.id)).toEqual(expected)
        expect(page.nextCursor).toBeUndefined()
        expect(page.items[0]).toStrictEqual(due[1].id < due[6].id ? due[1] : due[6])
      })

      it('pages by deadline with a cursor', async () => {
        const all = await readAll((cursor) => repos.cases.listDue(HANDLING, before, 2, cursor))
        expect(all.ids).toEqual(byKeyThenId([due[0], due[1], due[2], due[6], due[7]], 'dueAt'))
        expect(all.pageSizes).toEqual([2, 2, 1])
      })

      it('filters by the given statuses only', async () => {
        const page = await repos.cases.listDue(['assigned'], before, 100)
        expect(page.items.map((c) => c.id)).toEqual(byKeyThenId([due[1], due[6]], 'dueAt'))
        await expect(repos.cases.listDue(['closed', 'submitted'], at(10_000), 100)).resolves.toEqual({ items: [due[4]] })
      })
    })

    describe('cases: listStale', () => {
      it('lists published cases changed at or before the instant, oldest first, by pages', async () => {
        const published: CaseRecord[] = []
        // the last one is rated within the period: not listed
        for (const [i, minute] of [30, 10, 20, 10, 500, 10].entries()) {
          published.push(await createCase({ status: i === 5 ? 'rated' : 'published', updatedAt: at(minute), createdAt: at(0) }))
        }
        const expected = byKeyThenId(published.slice(0, 4), 'updatedAt')
        const first = await repos.cases.listStale('published', at(30), 100)
        expect(first.items.map((c) => c.id)).toEqual(expected)
        const paged = await readAll((cursor) => repos.cases.listStale('published', at(30), 3, cursor))
        expect(paged.ids).toEqual(expected)
        expect(paged.pageSizes).toEqual([3, 1])
      })
    })

    describe('cases: countForDay', () => {
      it('counts the community’s cases whose number starts with the day prefix', async () => {
        await createCase({ communityId: 'c-count', caseNo: 'SS202611280001' })
        await createCase({ communityId: 'c-count', caseNo: 'SS202611280002' })
        await createCase({ communityId: 'c-count', caseNo: 'SS202611280003' })
        await createCase({ communityId: 'c-count', caseNo: 'SS202611290001' })
        await createCase({ communityId: 'c-other', caseNo: 'SS202611280001' })
        await expect(repos.cases.countForDay('c-count', 'SS20261128')).resolves.toBe(3)
        await expect(repos.cases.countForDay('c-count', 'SS20261129')).resolves.toBe(1)
        await expect(repos.cases.countForDay('c-count', 'SS20261130')).resolves.toBe(0)
        await expect(repos.cases.countForDay('c-other', 'SS20261128')).resolves.toBe(1)
      })
    })

    describe('cases: listCreated (台账)', () => {
      it('reads a community’s or a street’s cases created in [start, before), oldest first, a page at a time', async () => {
        const made = [
          await createCase({ id: 'l-1', communityId: 'c-ledger', streetId: 's-ledger', createdAt: at(5) }),
          // whatever their status now: the ledger lists every case of the period, merged by (createdAt, id)
          await createCase({ id: 'l-2', communityId: 'c-ledger', streetId: 's-ledger', createdAt: at(10), status: 'closed' }),
          await createCase({ id: 'l-3', communityId: 'c-ledger', streetId: 's-ledger', createdAt: at(10), status: 'inProgress' }),
          await createCase({ id: 'l-4', communityId: 'c-ledger-2', streetId: 's-ledger', createdAt: at(20) }),
          await createCase({ id: 'l-5', communityId: 'c-ledger', streetId: 's-ledger', createdAt: at(30) }),
          await createCase({ id: 'l-6', communityId: 'c-ledger', streetId: 's-ledger', createdAt: at(1) }),
        ]
        expect(made).toHaveLength(6)
        const community = await readAll((cursor) => repos.cases.listCreated({ communityId: 'c-ledger', streetId: 's-ledger' }, at(5), at(30), 2, cursor))
        expect(community.ids).toEqual(['l-1', 'l-2', 'l-3'])
        expect(community.pageSizes).toEqual([2, 1])
        const street = await readAll((cursor) => repos.cases.listCreated({ streetId: 's-ledger' }, at(2), at(31), 100, cursor))
        expect(street.ids).toEqual(['l-1', 'l-2', 'l-3', 'l-4', 'l-5'])
        await expect(repos.cases.listCreated({ streetId: 's-ledger' }, at(40), at(50), 10)).resolves.toEqual({ items: [] })
      })
    })

    describe('cases: nextCaseSequence', () => {
      it('continues after the cases already numbered that day, per community and day', async () => {
        await createCase({ communityId: 'c-seq', caseNo: 'SS202611280001' })
        await createCase({ communityId: 'c-seq', caseNo: 'SS202611280002' })
        await expect(repos.cases.nextCaseSequence('c-seq', 'SS20261128')).resolves.toBe(3)
        await expect(repos.cases.nextCaseSequence('c-seq', 'SS20261128')).resolves.toBe(4)
        await expect(repos.cases.nextCaseSequence('c-seq', 'SS20261129')).resolves.toBe(1)
        await expect(repos.cases.nextCaseSequence('c-other', 'SS20261128')).resolves.toBe(1)
      })

      it('never hands out one number twice to concurrent callers', async () => {
        const numbers = await Promise.all(Array.from({ length: 6 }, () => repos.cases.nextCaseSequence('c-race', 'SS20261130')))
        expect([...numbers].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6])
      })
    })

    describe('cases: create with numbering (a submit)', () => {
      const numbered = async (overrides: Partial<CaseRecord>) => {
        const item = buildCase({ caseNo: '', ...overrides })
        return repos.cases.create(item, buildFirstEvent(item), { datePrefix: 'SS20261201' })
      }

      it('numbers each new case with the day’s next number, after those already numbered, and stores that number', async () => {
        await createCase({ communityId: 'c-num', caseNo: 'SS202612010001' })
        const first = await numbered({ communityId: 'c-num' })
        const second = await numbered({ communityId: 'c-num' })
        const elsewhere = await numbered({ communityId: 'c-num-other' })
        expect([first.item.caseNo, second.item.caseNo, elsewhere.item.caseNo]).toEqual(['SS202612010002', 'SS202612010003', 'SS202612010001'])
        await expect(repos.cases.get(second.item.id)).resolves.toMatchObject({ caseNo: 'SS202612010003' })
        await expect(repos.cases.nextCaseSequence('c-num', 'SS20261201')).resolves.toBe(4)
      })

      it('a retried key answers the case it made, with its number, and takes no number', async () => {
        const first = await numbered({ communityId: 'c-retry', idempotencyKey: 'retry-key-1' })
        const retry = await numbered({ communityId: 'c-retry', idempotencyKey: 'retry-key-1' })
        expect(retry).toEqual({ item: first.item, created: false })
        const next = await numbered({ communityId: 'c-retry' })
        expect([first.item.caseNo, next.item.caseNo]).toEqual(['SS202612010001', 'SS202612010002'])
      })

      it('gives concurrent submits distinct numbers', async () => {
        const outcomes = await Promise.all(Array.from({ length: 5 }, () => numbered({ communityId: 'c-num-race' })))
        expect(outcomes.map((o) => o.item.caseNo).sort()).toEqual([1, 2, 3, 4, 5].map((n) => `SS20261201000${n}`))
      })
    })

    describe('directory', () => {
      it('upserts and reads streets, communities, grids, buildings, households and units', async () => {
        const street = buildStreet()
        const communities = [buildCommunity({ streetId: street.id }), buildCommunity({ streetId: street.id })]
        const grids = [buildGrid({ communityId: communities[0].id }), buildGrid({ communityId: communities[0].id })]
        const building = buildBuilding({ communityId: communities[0].id, gridId: grids[0].id })
        const household = buildHousehold({ buildingId: building.id, phone: '13900000000' })
        const unitWithCommunity = buildUnit({ streetId: street.id, communityId: communities[0].id, kind: 'property', name: '和平物业' })
        const unit = buildUnit({ streetId: street.id })
        await repos.directory.upsert('street', street)
        for (const c of [...communities].reverse()) await repos.directory.upsert('community', c)
        for (const g of [...grids].reverse()) await repos.directory.upsert('grid', g)
        await repos.directory.upsert('building', building)
        await repos.directory.upsert('household', household)
        await repos.directory.upsert('unit', unit)
        await repos.directory.upsert('unit', unitWithCommunity)
        await repos.directory.upsert('community', buildCommunity({ streetId: 'street-elsewhere' }))

        await expect(repos.directory.getStreet(street.id)).resolves.toStrictEqual(street)
        const secondStreet = { id: 'street-0', name: '第二个街道' }
        await repos.directory.upsert('street', secondStreet)
        await expect(repos.directory.listStreets()).resolves.toStrictEqual([secondStreet, street].sort((a, b) => (a.id < b.id ? -1 : 1)))
        await expect(repos.directory.getCommunity(communities[1].id)).resolves.toStrictEqual(communities[1])
        await expect(repos.directory.listCommunities(street.id)).resolves.toStrictEqual(communities)
        await expect(repos.directory.listGrids(communities[0].id)).resolves.toStrictEqual(grids)
        await expect(repos.directory.listBuildings(communities[0].id)).resolves.toStrictEqual([building])
        await expect(repos.directory.listHouseholds(building.id)).resolves.toStrictEqual([household])
        await expect(repos.directory.getHousehold(household.id)).resolves.toStrictEqual(household)
        await expect(repos.directory.listUnits(street.id)).resolves.toStrictEqual([unitWithCommunity, unit].sort((a, b) => (a.id < b.id ? -1 : 1)))
        const stored = await repos.directory.getUnit(unit.id)
        expect(stored).toStrictEqual(unit)
        expect(stored?.communityId).toBeUndefined()
      })

      it('answers undefined or empty for unknown ids', async () => {
        await expect(repos.directory.getStreet('nope')).resolves.toBeUndefined()
        await expect(repos.directory.getCommunity('nope')).resolves.toBeUndefined()
        await expect(repos.directory.getHousehold('nope')).resolves.toBeUndefined()
        await expect(repos.directory.getUnit('nope')).resolves.toBeUndefined()
        await expect(repos.directory.listGrids('nope')).resolves.toEqual([])
      })

      it('replaces a record on upsert', async () => {
        const community = buildCommunity({ streetId: 'street-up' })
        await repos.directory.upsert('community', community)
        const renamed = { ...community, name: '和平新村社区', receptionDays: '每周三' }
        await repos.directory.upsert('community', renamed)
        await expect(repos.directory.getCommunity(community.id)).resolves.toStrictEqual(renamed)
        await expect(repos.directory.listCommunities('street-up')).resolves.toStrictEqual([renamed])
        const household = buildHousehold({ buildingId: 'b-up', phone: '13900000001' })
        await repos.directory.upsert('household', household)
        const withoutPhone = { ...household }
        delete withoutPhone.phone
        await repos.directory.upsert('household', withoutPhone)
        await expect(repos.directory.getHousehold(household.id)).resolves.toStrictEqual(withoutPhone)
      })

      it('lists all households of a large building, sorted by id', async () => {
        const households = Array.from({ length: 130 }, (_, i) => buildHousehold({ buildingId: 'b-large', room: `${Math.floor(i / 4) + 1}0${(i % 4) + 1}` }))
        for (const h of [...households].reverse()) await repos.directory.upsert('household', h)
        await repos.directory.upsert('household', buildHousehold({ buildingId: 'b-small' }))
        await expect(repos.directory.listHouseholds('b-large')).resolves.toStrictEqual(households)
      })
    })

    describe('users', () => {
      it('upserts and finds users by id, openid and role', async () => {
        const resident = buildUser({ phone: '13800000002', householdId: 'household-1' })
        const workers = [buildUser({ role: 'gridWorker', gridIds: ['g-1', 'g-2'] }), buildUser({ role: 'gridWorker', gridIds: [] })]
        const handler = buildUser({ role: 'handler', unitId: 'unit-a', streetId: 'street-1' })
        delete handler.communityId
        for (const user of [handler, workers[1], workers[0], resident]) await repos.users.upsert(user)
        await repos.users.upsert(buildUser({ role: 'gridWorker', streetId: 'street-2' }))

        await expect(repos.users.get(resident.id)).resolves.toStrictEqual(resident)
        await expect(repos.users.getByOpenid(handler.openid)).resolves.toStrictEqual(handler)
        await expect(repos.users.getByOpenid('openid-nobody')).resolves.toBeUndefined()
        await expect(repos.users.get('user-nobody')).resolves.toBeUndefined()
        await expect(repos.users.listByRole('street-1', 'gridWorker')).resolves.toStrictEqual(workers)
        await expect(repos.users.listByRole('street-1', 'supervisor')).resolves.toEqual([])
        const stored = await repos.users.get(handler.id)
        expect(stored?.communityId).toBeUndefined()
        expect(stored?.gridIds).toBeUndefined()
      })

      it('finds the residents of a community by household or by phone, by id', async () => {
        const wang = buildUser({ id: 'user-r-2', householdId: 'hh-1', phone: '13900000001' })
        const wife = buildUser({ id: 'user-r-1', householdId: 'hh-1' })
        const byPhone = buildUser({ id: 'user-r-3', householdId: 'hh-2', phone: '13900000009' })
        const elsewhere = buildUser({ id: 'user-r-4', communityId: 'community-2', householdId: 'hh-1', phone: '13900000001' })
        const worker = buildUser({ id: 'user-r-5', role: 'gridWorker', householdId: 'hh-1', phone: '13900000009' })
        for (const user of [wang, wife, byPhone, elsewhere, worker]) await repos.users.upsert(user)

        await expect(repos.users.findResidents('community-1', { householdId: 'hh-1' })).resolves.toStrictEqual([wife, wang])
        await expect(repos.users.findResidents('community-1', { phone: '13900000009' })).resolves.toStrictEqual([byPhone])
        await expect(repos.users.findResidents('community-1', { householdId: 'hh-1', phone: '13900000009' })).resolves.toStrictEqual([wife, wang, byPhone])
        await expect(repos.users.findResidents('community-1', { householdId: 'hh-1', phone: '13900000001' })).resolves.toStrictEqual([wife, wang])
        await expect(repos.users.findResidents('community-2', { phone: '13900000001' })).resolves.toStrictEqual([elsewhere])
        await expect(repos.users.findResidents('community-1', { householdId: 'hh-9', phone: '13800000000' })).resolves.toEqual([])
        await expect(repos.users.findResidents('community-1', {})).resolves.toEqual([])
      })

      it('finds a resident by their new household and phone after an upsert, and no longer by the old ones', async () => {
        const user = buildUser({ householdId: 'hh-old', phone: '13900000011' })
        await repos.users.upsert(user)
        const moved = { ...user, householdId: 'hh-new', phone: '13900000012' }
        await repos.users.upsert(moved)
        await expect(repos.users.findResidents('community-1', { householdId: 'hh-old', phone: '13900000011' })).resolves.toEqual([])
        await expect(repos.users.findResidents('community-1', { householdId: 'hh-new' })).resolves.toStrictEqual([moved])
        await repos.users.upsert({ ...moved, role: 'supervisor' })
        await expect(repos.users.findResidents('community-1', { householdId: 'hh-new' })).resolves.toEqual([])
      })

      it('finds at most 20 residents of one household', async () => {
        for (let i = 0; i < 25; i++) await repos.users.upsert(buildUser({ id: `user-big-${String(i).padStart(2, '0')}`, householdId: 'hh-big' }))
        const found = await repos.users.findResidents('community-1', { householdId: 'hh-big' })
        expect(found.map((u) => u.id)).toEqual(Array.from({ length: 20 }, (_, i) => `user-big-${String(i).padStart(2, '0')}`))
      })

      it('replaces a user on upsert', async () => {
        const user = buildUser({ role: 'resident', phone: '13800000003' })
        await repos.users.upsert(user)
        const promoted = { ...user, role: 'supervisor' as const, name: '王阿姨（督办组）' }
        delete promoted.phone
        await repos.users.upsert(promoted)
        await expect(repos.users.get(user.id)).resolves.toStrictEqual(promoted)
        await expect(repos.users.getByOpenid(user.openid)).resolves.toStrictEqual(promoted)
        await expect(repos.users.listByRole(user.streetId, 'resident')).resolves.not.toContainEqual(expect.objectContaining({ id: user.id }))
        await expect(repos.users.listByRole(user.streetId, 'supervisor')).resolves.toContainEqual(promoted)
      })
    })
  })
  topicRepositoryContract(name, make)
}
