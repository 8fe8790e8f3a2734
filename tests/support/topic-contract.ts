// The topics part of the repository contract (定题说事): both database adapters must pass it.
import type { Repositories } from '@core/ports/repositories'
import type { TopicAnswer } from '@core/domain/topic-answer'
import { buildAnswer, buildTopic } from './topic-builders'

interface Subject { repos: Repositories; close(): Promise<void> }

export function topicRepositoryContract(name: string, make: () => Promise<Subject>): void {
  describe(`${name}: topics contract`, () => {
    let subject: Subject
    let repos: Repositories
    beforeEach(async () => {
      subject = await make()
      repos = subject.repos
    })
    afterEach(async () => subject.close())

    const change = (answer: TopicAnswer, changes: Partial<TopicAnswer>, key: string): TopicAnswer =>
      ({ ...answer, ...changes, version: answer.version + 1, keys: [...answer.keys, key], updatedAt: changes.updatedAt ?? answer.updatedAt })

    it('creates a topic once: a retried create answers the stored one', async () => {
      const topic = buildTopic({ description: '征求一楼住户意见', gridId: 'grid-1', eligible: { 'building-1': { households: 2, residents: 1 } } })
      await expect(repos.topics.create(topic)).resolves.toStrictEqual({ topic, created: true })
      await expect(repos.topics.get(topic.id)).resolves.toStrictEqual(topic)
      await expect(repos.topics.create({ ...topic, question: '别的问题' })).resolves.toStrictEqual({ topic, created: false })
      await expect(repos.topics.get('topic-missing')).resolves.toBeUndefined()
    })

    it('saves a topic only over the version it was read at', async () => {
      const topic = buildTopic()
      await repos.topics.create(topic)
      const opened = { ...topic, openedAt: '2026-11-30T03:00:00.000Z', version: 2 }
      await expect(repos.topics.save(opened)).resolves.toBe('saved')
      await expect(repos.topics.save({ ...topic, closedAt: '2026-11-30T04:00:00.000Z', version: 2 })).resolves.toBe('stale')
      await expect(repos.topics.get(topic.id)).resolves.toStrictEqual(opened)
    })

    it('lists a community’s topics newest first, page by page', async () => {
      const topics = [0, 1, 2, 3, 4].map((i) => buildTopic({ createdAt: `2026-11-2${i}T02:00:00.000Z` }))
      for (const topic of topics) await repos.topics.create(topic)
      await repos.topics.create(buildTopic({ communityId: 'community-other' }))
      const first = await repos.topics.listByCommunity('community-1', 3)
      expect(first.items.map((t) => t.id)).toEqual([topics[4].id, topics[3].id, topics[2].id])
      const rest = await repos.topics.listByCommunity('community-1', 3, first.nextCursor)
      expect(rest.items.map((t) => t.id)).toEqual([topics[1].id, topics[0].id])
      expect(rest.nextCursor).toBeUndefined()
    })

    it('keeps one answer per id, the tally moving with each change in the same write', async () => {
      const topic = buildTopic()
      await repos.topics.create(topic)
      const wang = buildAnswer(topic)
      const li = buildAnswer(topic, { buildingId: 'building-2', optionId: 'o2', comment: '担心异味' })
      await expect(repos.topics.saveAnswer(wang)).resolves.toStrictEqual({ outcome: 'saved', answer: wang })
      await repos.topics.saveAnswer(li)
      await expect(repos.topics.getAnswer(wang.id)).resolves.toStrictEqual(wang)
      expect(await repos.topics.tally(topic.id)).toStrictEqual([
        { buildingId: 'building-1', answers: 1, comments: 0, options: { o1: 1 } },
        { buildingId: 'building-2', answers: 1, comments: 1, options: { o2: 1 } },
      ])

      const changed = change(wang, { optionId: 'o2', comment: '还是不同意', updatedAt: '2026-12-03T02:00:00.000Z' }, 'k-change')
      await expect(repos.topics.saveAnswer(changed)).resolves.toStrictEqual({ outcome: 'saved', answer: changed })
      expect(await repos.topics.tally(topic.id)).toStrictEqual([
        { buildingId: 'building-1', answers: 1, comments: 1, options: { o1: 0, o2: 1 } },
        { buildingId: 'building-2', answers: 1, comments: 1, options: { o2: 1 } },
      ])
      await expect(repos.topics.getAnswer(wang.id)).resolves.toStrictEqual(changed)
    })

    it('answers a retried write as repeated and a write over an outdated version as stale, changing nothing', async () => {
      const topic = buildTopic()
      await repos.topics.create(topic)
      const first = buildAnswer(topic)
      await repos.topics.saveAnswer(first)
      await expect(repos.topics.saveAnswer({ ...first, optionId: 'o2' })).resolves.toStrictEqual({ outcome: 'repeated', answer: first })
      const racing = buildAnswer(topic, { countsFor: first.countsFor, optionId: 'o2', keys: ['other-phone'] })
      await expect(repos.topics.saveAnswer(racing)).resolves.toStrictEqual({ outcome: 'stale' })
      await expect(repos.topics.saveAnswer({ ...change(first, { optionId: 'o2' }, 'k3'), version: 3 })).resolves.toStrictEqual({ outcome: 'stale' })
      await expect(repos.topics.getAnswer(first.id)).resolves.toStrictEqual(first)
      expect(await repos.topics.tally(topic.id)).toStrictEqual([{ buildingId: 'building-1', answers: 1, comments: 0, options: { o1: 1 } }])
    })

    it('lets only one of two simultaneous first answers for a household in', async () => {
      const topic = buildTopic({ perHousehold: true })
      await repos.topics.create(topic)
      const a = buildAnswer(topic, { countsFor: 'household:household-1', optionId: 'o1' })
      const b = buildAnswer(topic, { countsFor: 'household:household-1', optionId: 'o2' })
      const outcomes = (await Promise.all([repos.topics.saveAnswer(a), repos.topics.saveAnswer(b)])).map((o) => o.outcome).sort()
      expect(outcomes).toEqual(['saved', 'stale'])
      const [tally] = await repos.topics.tally(topic.id)
      expect(tally.answers).toBe(1)
    })

    it('lists the answers with a comment, latest change first, page by page', async () => {
      const topic = buildTopic()
      await repos.topics.create(topic)
      const answers = [1, 2, 3].map((i) => buildAnswer(topic, { comment: `意见${i}`, updatedAt: `2026-12-0${i}T02:00:00.000Z` }))
      for (const answer of answers) await repos.topics.saveAnswer(answer)
      await repos.topics.saveAnswer(buildAnswer(topic))
      const first = await repos.topics.listComments(topic.id, 2)
      expect(first.items.map((a) => a.comment)).toEqual(['意见3', '意见2'])
      const rest = await repos.topics.listComments(topic.id, 2, first.nextCursor)
      expect(rest).toStrictEqual({ items: [answers[0]] })
      const withdrawn = { ...answers[2], comment: undefined, version: 2, keys: [...answers[2].keys, 'k-withdraw'], updatedAt: '2026-12-05T02:00:00.000Z' }
      delete withdrawn.comment
      await repos.topics.saveAnswer(withdrawn)
      expect((await repos.topics.listComments(topic.id, 10)).items.map((a) => a.comment)).toEqual(['意见2', '意见1'])
    })
  })
}
