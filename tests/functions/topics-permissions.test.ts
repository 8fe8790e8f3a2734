// 定题说事: role × action, every topic action (in scope), and the scope rules that narrow it: another community's
// staff, a grid worker of another grid, a resident of another building.
import { createHarness, data, key, type Harness } from '../support/local-harness'
import { addResidents, createTopic, openedTopic, TOPIC_INPUT } from '../support/topic-steps'
import type { TopicView } from '../../src/core/contracts/topic-views'
import type { Community } from '../../src/core/domain/directory'
import { TOPIC_ACTIONS, type TopicActionName } from '../../src/core/contracts/topic-inputs'

const PERSONAS = ['persona-resident', 'persona-grid', 'persona-staff', 'persona-handler', 'persona-supervisor', 'persona-admin'] as const
type Persona = (typeof PERSONAS)[number]

/** Who may, per action; everyone else gets the code. */
const MATRIX: Record<TopicActionName, { allowed: Persona[]; otherwise: string }> = {
  createTopic: { allowed: ['persona-staff', 'persona-admin'], otherwise: 'FORBIDDEN' },
  openTopic: { allowed: ['persona-staff', 'persona-admin'], otherwise: 'FORBIDDEN' },
  closeTopic: { allowed: ['persona-staff', 'persona-admin'], otherwise: 'FORBIDDEN' },
  publishTopicResult: { allowed: ['persona-staff', 'persona-admin'], otherwise: 'FORBIDDEN' },
  listTopics: { allowed: ['persona-resident', 'persona-grid', 'persona-staff', 'persona-supervisor', 'persona-admin'], otherwise: 'FORBIDDEN' },
  getTopic: { allowed: ['persona-resident', 'persona-grid', 'persona-staff', 'persona-supervisor', 'persona-admin'], otherwise: 'TOPIC_NOT_FOUND' },
  answerTopic: { allowed: ['persona-resident', 'persona-grid'], otherwise: 'FORBIDDEN' },
  listTopicResults: { allowed: [...PERSONAS], otherwise: '' },
}

/** The payload each action gets, with the topic in the state the action needs. */
async function prepare(h: Harness, action: TopicActionName): Promise<Record<string, unknown>> {
  const community = { communityId: 'community-hangkonglu' }
  switch (action) {
    case 'createTopic': return { ...TOPIC_INPUT, ...community, idempotencyKey: key() }
    case 'openTopic': return { topicId: (await createTopic(h)).id }
    case 'closeTopic': case 'getTopic': return { topicId: (await openedTopic(h)).id }
    case 'publishTopicResult': {
      const topic = await openedTopic(h)
      data(await h.call('persona-staff', 'meetings', 'closeTopic', { topicId: topic.id }))
      return { topicId: topic.id, summary: '多数同意封闭' }
    }
    case 'answerTopic': return { topicId: (await openedTopic(h)).id, optionId: 'o1', householdId: 'household-202', idempotencyKey: key() }
    case 'listTopics': case 'listTopicResults': return community
  }
}

let h: Harness
beforeEach(async () => {
  h = await createHarness('2026-11-30T02:00:00Z')
  await addResidents(h)
})
afterEach(() => h.close())

it('covers every topic action', () => {
  expect(Object.keys(MATRIX).sort()).toEqual([...TOPIC_ACTIONS].sort())
})

const cells = TOPIC_ACTIONS.flatMap((action) => PERSONAS.map((persona) => [action, persona] as const))
it.each(cells)('%s by %s', async (action, persona) => {
  const payload = await prepare(h, action)
  const answer = await h.call(persona, 'meetings', action, payload)
  const { allowed, otherwise } = MATRIX[action]
  if (allowed.includes(persona)) expect([action, persona, answer]).toEqual([action, persona, expect.objectContaining({ ok: true })])
  else expect([action, persona, answer]).toEqual([action, persona, expect.objectContaining({ ok: false, code: otherwise })])
})

describe('scope', () => {
  beforeEach(async () => {
    const repos = h.runtime.deps.repos
    const other: Community = { id: 'community-other', streetId: 'street-shengli', name: '红旗社区', hotline: '0716-0', hall: '红旗社区', receptionDays: '逢五' }
    await repos.directory.upsert('community', other)
    await repos.users.upsert({ id: 'user-staff-other', openid: 'persona-staff-other', name: '何静', role: 'staff', streetId: 'street-shengli', communityId: 'community-other' })
    await repos.users.upsert({ id: 'user-grid-2', openid: 'persona-grid-2', name: '钱网格', role: 'gridWorker', streetId: 'street-shengli', communityId: 'community-hangkonglu', gridIds: ['grid-2'] })
  })

  it('keeps another community’s staff out of the topic', async () => {
    const topic = await openedTopic(h)
    expect(await h.call('persona-staff-other', 'meetings', 'getTopic', { topicId: topic.id })).toMatchObject({ ok: false, code: 'TOPIC_NOT_FOUND' })
    for (const action of ['closeTopic', 'openTopic'] as const) {
      expect(await h.call('persona-staff-other', 'meetings', action, { topicId: topic.id })).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    }
    const listed = data<{ items: unknown[] }>(await h.call('persona-staff-other', 'meetings', 'listTopics', {}))
    expect(listed.items).toEqual([])
  })

  it('shows a grid worker and a resident only the topics of their grid or building', async () => {
    const topic = await openedTopic(h)
    expect(await h.call('persona-grid-2', 'meetings', 'getTopic', { topicId: topic.id })).toMatchObject({ ok: false, code: 'TOPIC_NOT_FOUND' })
    expect(await h.call('persona-grid-2', 'meetings', 'answerTopic', { topicId: topic.id, optionId: 'o1', householdId: 'household-101', idempotencyKey: key() })).toMatchObject({ ok: false, code: 'NOT_IN_TOPIC' })
    expect(await h.call('persona-liu', 'meetings', 'getTopic', { topicId: topic.id })).toMatchObject({ ok: false, code: 'TOPIC_NOT_FOUND' })
    expect(data<{ items: unknown[] }>(await h.call('persona-liu', 'meetings', 'listTopics', {})).items).toEqual([])
    const resident = data<TopicView>(await h.call('persona-resident', 'meetings', 'getTopic', { topicId: topic.id }))
    expect(resident.tally).toBeUndefined()
    expect(resident.comments).toBeUndefined()
  })
})
