// 定题说事: staff put a question to chosen buildings; residents answer (and change it) while it is open; grid workers
// record households at the door; staff see the tally by option and building, close and publish it to the 公示栏.
import { createHarness, data, key, type Harness } from '../support/local-harness'
import { addResidents, answer, createTopic, openedTopic, TOPIC_INPUT } from '../support/topic-steps'
import type { BoardTopicResult, TopicSummary, TopicView } from '../../src/core/contracts/topic-views'

let h: Harness
beforeEach(async () => {
  h = await createHarness('2026-11-30T02:00:00Z')
  await addResidents(h)
})
afterEach(() => h.close())

const view = async (as: string, topicId: string) => data<TopicView>(await h.call(as, 'meetings', 'getTopic', { topicId }))

it('creates a draft for the chosen buildings, once per client key', async () => {
  const idempotencyKey = key()
  const first = data<TopicView>(await h.call('persona-staff', 'meetings', 'createTopic', { ...TOPIC_INPUT, idempotencyKey }))
  const again = data<TopicView>(await h.call('persona-staff', 'meetings', 'createTopic', { ...TOPIC_INPUT, idempotencyKey }))
  expect(again.id).toBe(first.id)
  expect(first).toMatchObject({
    status: 'draft', statusLabel: '草稿', audienceLabel: '航空路小区1栋、航空路小区2栋', periodLabel: '11月30日至12月7日',
    options: [{ id: 'o1', label: '同意封闭' }, { id: 'o2', label: '不同意' }], canManage: true, canAnswer: false,
  })
  const listed = data<{ items: TopicSummary[] }>(await h.call('persona-staff', 'meetings', 'listTopics', {}))
  expect(listed.items.map((t) => t.id)).toEqual([first.id])
  // a draft is for staff only
  expect(data<{ items: TopicSummary[] }>(await h.call('persona-resident', 'meetings', 'listTopics', {})).items).toEqual([])
  expect(await h.call('persona-resident', 'meetings', 'getTopic', { topicId: first.id })).toMatchObject({ ok: false, code: 'TOPIC_NOT_FOUND' })
})

it('resolves a grid or the whole community to its buildings', async () => {
  expect((await createTopic(h, { audience: 'grid', gridId: 'grid-2', buildingIds: [] })).buildingNames).toEqual(['红星路8号3栋'])
  expect((await createTopic(h, { audience: 'community', buildingIds: [] })).buildingNames).toHaveLength(3)
})

it.each([
  [{ closesOn: '2026-11-29', opensOn: '2026-11-30' }, 'closesOn', '截止日期不能早于开始日期'],
  [{ opensOn: '2026-11-20', closesOn: '2026-11-25' }, 'closesOn', '截止日期已经过去，请重新选择'],
  [{ options: ['同意'] }, 'options', '请至少填写两个选项，或不设选项只收集意见'],
  [{ options: ['同意', '同意'] }, 'options', '选项不能重复'],
  [{ options: [], allowComment: false }, 'options', '请填写选项，或允许居民填写意见'],
  [{ buildingIds: ['building-elsewhere'] }, 'buildingIds', '所选楼栋不在本社区'],
  [{ buildingIds: [] }, 'buildingIds', '请选择至少一栋楼'],
  [{ audience: 'grid', gridId: 'grid-9' }, 'gridId', '请选择本社区的一个网格（网格内需有楼栋）'],
])('refuses %j: %s', async (overrides, field, message) => {
  const answer = await h.call('persona-staff', 'meetings', 'createTopic', { ...TOPIC_INPUT, idempotencyKey: key(), ...overrides })
  expect(answer).toEqual({ ok: false, code: 'INVALID_INPUT', message, field })
  expect(data<{ items: TopicSummary[] }>(await h.call('persona-staff', 'meetings', 'listTopics', {})).items).toEqual([])
})

it('opens to the asked buildings: counts who is eligible and tells their residents (inbox and push)', async () => {
  const topic = await openedTopic(h)
  expect(topic).toMatchObject({ status: 'open', tally: { unit: 'person', answers: 0, eligible: 3, turnoutPercent: 0 } })
  expect(topic.tally!.buildings.map((b) => [b.name, b.eligible])).toEqual([['航空路小区1栋', 2], ['航空路小区2栋', 1]])
  for (const userId of ['user-wang', 'user-wang-son', 'user-zhang']) {
    expect(h.notices(userId).at(-1)).toMatchObject({ kind: 'topicOpened', title: '定题说事：一楼楼道是否封闭垃圾通道？' })
  }
  expect(h.notices('user-wang').at(-1)!.body).toBe('社区就「一楼楼道是否封闭垃圾通道？」征求您的意见（11月30日至12月7日），请在首页“定题说事”中作答。')
  expect(h.notices('user-liu')).toEqual([])
  const pushed = h.outbox().filter((m) => m.templateId === 'local-topicOpened')
  expect(pushed.length).toBeGreaterThanOrEqual(1)
  expect(pushed[0].data).toMatchObject({ thing1: { value: '一楼楼道是否封闭垃圾通道？' }, time3: { value: '2026-12-07 23:59' } })
  expect(await h.call('persona-staff', 'meetings', 'openTopic', { topicId: topic.id })).toMatchObject({ ok: false, code: 'TOPIC_STATE', message: '议题已经发布了' })
})

it('lets a resident answer, change the answer, and retry without counting twice', async () => {
  const topic = await openedTopic(h)
  const listed = data<{ items: TopicSummary[] }>(await h.call('persona-resident', 'meetings', 'listTopics', {}))
  expect(listed.items).toEqual([expect.objectContaining({ id: topic.id, status: 'open', answered: false })])
  const idempotencyKey = key()
  const first = data<TopicView>(await h.call('persona-resident', 'meetings', 'answerTopic', { topicId: topic.id, optionId: 'o1', idempotencyKey }))
  expect(first).toMatchObject({ canAnswer: true, myAnswer: { optionId: 'o1', respondentName: '王秀英', mine: true, channel: 'app' } })
  expect(first.tally).toBeUndefined()
  await h.call('persona-resident', 'meetings', 'answerTopic', { topicId: topic.id, optionId: 'o1', idempotencyKey })
  data(await answer(h, 'persona-resident', topic.id, { optionId: 'o2', comment: '封闭后老人扔垃圾要下楼，不方便' }))
  data(await answer(h, 'persona-zhang', topic.id, { optionId: 'o1' }))
  // the first key again, after a change: nothing changes back
  await h.call('persona-resident', 'meetings', 'answerTopic', { topicId: topic.id, optionId: 'o1', idempotencyKey })

  const staff = await view('persona-staff', topic.id)
  expect(staff.tally).toMatchObject({ answers: 2, eligible: 3, turnoutPercent: 67, comments: 1 })
  expect(staff.tally!.options.map((o) => [o.label, o.count, o.percent])).toEqual([['同意封闭', 1, 50], ['不同意', 1, 50]])
  expect(staff.tally!.buildings.map((b) => [b.name, b.answers, b.options])).toEqual([['航空路小区1栋', 1, { o1: 0, o2: 1 }], ['航空路小区2栋', 1, { o1: 1 }]])
  expect(staff.comments).toEqual([{ buildingName: '航空路小区1栋', name: '王**', optionLabel: '不同意', comment: '封闭后老人扔垃圾要下楼，不方便', at: expect.any(String) }])
  expect((await view('persona-supervisor', topic.id)).tally!.answers).toBe(2)
  expect((await view('persona-resident', topic.id)).myAnswer).toMatchObject({ optionId: 'o2', comment: '封闭后老人扔垃圾要下楼，不方便' })
})

it('counts one answer per household when asked: the second person is told who answered, and only that one may change it', async () => {
  const topic = await openedTopic(h, { perHousehold: true })
  expect(topic.tally).toMatchObject({ unit: 'household', eligible: 3 })
  data(await answer(h, 'persona-resident', topic.id, { optionId: 'o1' }))
  const son = await answer(h, 'persona-wang-son', topic.id, { optionId: 'o2' })
  expect(son).toEqual({ ok: false, code: 'HOUSEHOLD_ANSWERED', message: '您家（1单元101）已由王**作答，每户只计一份意见，只有作答人可以修改' })
  expect(await view('persona-wang-son', topic.id)).toMatchObject({ canAnswer: false, answerBlocked: '您家已由王**作答，每户一份意见', myAnswer: { optionId: 'o1', mine: false, respondentName: '王**' } })
  data(await answer(h, 'persona-resident', topic.id, { optionId: 'o2' }))
  const staff = await view('persona-staff', topic.id)
  expect(staff.tally).toMatchObject({ answers: 1, options: [{ id: 'o1', count: 0 }, { id: 'o2', count: 1 }] })
  // the grid worker cannot overwrite it at the door either
  expect(await answer(h, 'persona-grid', topic.id, { optionId: 'o1', householdId: 'household-101' })).toMatchObject({ ok: false, code: 'HOUSEHOLD_ANSWERED' })
})

it('lets a grid worker record a household of their grid at the door', async () => {
  const topic = await openedTopic(h, { perHousehold: true })
  const grid = await view('persona-grid', topic.id)
  expect(grid.households!.map((row) => [row.buildingName, row.room, row.headName])).toEqual([
    ['航空路小区1栋', '1单元101', '王秀英'], ['航空路小区1栋', '2单元202', '李建国'], ['航空路小区2栋', '1单元301', '张桂兰'],
  ])
  const recorded = data(await answer(h, 'persona-grid', topic.id, { optionId: 'o1', householdId: 'household-202', comment: '同意，尽快办' }))
  expect(recorded.households!.find((row) => row.householdId === 'household-202')!.answer).toMatchObject({ optionId: 'o1', channel: 'doorToDoor', respondentName: '李建国', mine: true })
  data(await answer(h, 'persona-grid', topic.id, { optionId: 'o2', householdId: 'household-202' }))
  expect((await view('persona-staff', topic.id)).tally).toMatchObject({ answers: 1, options: [{ count: 0 }, { count: 1 }] })
  expect(await answer(h, 'persona-grid', topic.id, { optionId: 'o1' })).toMatchObject({ ok: false, code: 'INVALID_INPUT', field: 'householdId' })
  expect(await answer(h, 'persona-grid', topic.id, { optionId: 'o1', householdId: 'household-nowhere' })).toMatchObject({ ok: false, code: 'NOT_FOUND' })
  const other = await openedTopic(h, { buildingIds: ['building-3'] })
  expect(await answer(h, 'persona-grid', other.id, { optionId: 'o1', householdId: 'household-502' })).toMatchObject({ ok: false, code: 'NOT_IN_TOPIC', message: '这一户不在您的网格，或不在议题征询的楼栋' })
})

it('refuses answers outside the topic, before it opens, after it closes, and with an option it does not have', async () => {
  const topic = await openedTopic(h)
  expect(await answer(h, 'persona-liu', topic.id, { optionId: 'o1' })).toEqual({ ok: false, code: 'NOT_IN_TOPIC', message: '这个议题只征求所选楼栋住户的意见，您家不在征询范围内' })
  expect(await answer(h, 'persona-new', topic.id, { optionId: 'o1' })).toEqual({ ok: false, code: 'NOT_IN_TOPIC', message: '请先在“住户登记”中填写您家的门牌，再参与定题说事' })
  expect(await answer(h, 'persona-resident', topic.id, { optionId: 'o9' })).toEqual({ ok: false, code: 'INVALID_INPUT', message: '没有这个选项，请刷新后重新选择', field: 'optionId' })
  expect(await answer(h, 'persona-resident', topic.id, {})).toEqual({ ok: false, code: 'INVALID_INPUT', message: '请选择一个选项', field: 'optionId' })
  expect(await answer(h, 'persona-staff', topic.id, { optionId: 'o1' })).toMatchObject({ ok: false, code: 'FORBIDDEN' })

  const later = await openedTopic(h, { opensOn: '2026-12-03', closesOn: '2026-12-05' })
  expect(later.status).toBe('scheduled')
  expect(await answer(h, 'persona-resident', later.id, { optionId: 'o1' })).toEqual({ ok: false, code: 'TOPIC_NOT_OPEN', message: '征询还没有开始，12月3日起可以作答' })
  expect(h.notices('user-wang').at(-1)!.body).toContain('12月3日起作答')

  h.clock.set('2026-12-07T15:59:00Z') // 23:59 Beijing on the closing day: still open
  data(await answer(h, 'persona-resident', topic.id, { optionId: 'o1' }))
  h.clock.set('2026-12-07T16:00:00Z')
  expect(await answer(h, 'persona-resident', topic.id, { optionId: 'o2' })).toEqual({ ok: false, code: 'TOPIC_NOT_OPEN', message: '征询已于12月7日结束，不能再作答或修改' })
  expect((await view('persona-staff', topic.id)).tally).toMatchObject({ answers: 1, options: [{ count: 1 }, { count: 0 }] })
})

it('closes early, publishes the result to the 公示栏 without names, once', async () => {
  const topic = await openedTopic(h)
  data(await answer(h, 'persona-resident', topic.id, { optionId: 'o1', comment: '支持' }))
  data(await answer(h, 'persona-zhang', topic.id, { optionId: 'o1' }))
  expect(await h.call('persona-staff', 'meetings', 'publishTopicResult', { topicId: topic.id, summary: '多数同意' })).toMatchObject({ ok: false, code: 'TOPIC_STATE', message: '征询结束后才能公示结果' })
  const closed = data<TopicView>(await h.call('persona-staff', 'meetings', 'closeTopic', { topicId: topic.id }))
  expect(closed.status).toBe('closed')
  expect(await answer(h, 'persona-resident', topic.id, { optionId: 'o2' })).toMatchObject({ ok: false, code: 'TOPIC_NOT_OPEN', message: '征询已于11月30日结束，不能再作答或修改' })
  expect(await h.call('persona-staff', 'meetings', 'closeTopic', { topicId: topic.id })).toMatchObject({ ok: false, code: 'TOPIC_STATE' })
  expect(data<{ items: BoardTopicResult[] }>(await h.call('persona-resident', 'meetings', 'listTopicResults', { communityId: 'community-hangkonglu' })).items).toEqual([])

  const published = data<TopicView>(await h.call('persona-staff', 'meetings', 'publishTopicResult', { topicId: topic.id, summary: '2户中2户同意，下周由物业封闭垃圾通道' }))
  expect(published.result).toMatchObject({ summary: '2户中2户同意，下周由物业封闭垃圾通道' })
  expect(await h.call('persona-staff', 'meetings', 'publishTopicResult', { topicId: topic.id, summary: '再次' })).toMatchObject({ ok: false, code: 'TOPIC_STATE', message: '结果已经公示了' })
  const board = data<{ items: BoardTopicResult[] }>(await h.call('persona-resident', 'meetings', 'listTopicResults', { communityId: 'community-hangkonglu' }))
  expect(board.items).toEqual([{
    id: topic.id, question: '一楼楼道是否封闭垃圾通道？', periodLabel: '11月30日至12月7日', summary: '2户中2户同意，下周由物业封闭垃圾通道',
    publishedAt: '2026-11-30T02:00:00.000Z', unit: 'person', answers: 2, eligible: 3, turnoutPercent: 67,
    options: [{ id: 'o1', label: '同意封闭', count: 2, percent: 100 }, { id: 'o2', label: '不同意', count: 0, percent: 0 }],
  }])
  expect(JSON.stringify(board)).not.toContain('王秀英')
})

it('takes free answers only when the topic has no options', async () => {
  const topic = await openedTopic(h, { options: [], allowComment: true })
  expect(topic.options).toEqual([])
  expect(await answer(h, 'persona-resident', topic.id, {})).toMatchObject({ ok: false, code: 'INVALID_INPUT', field: 'comment', message: '请填写您的意见' })
  data(await answer(h, 'persona-resident', topic.id, { comment: '建议加装监控' }))
  const noComments = await openedTopic(h, { allowComment: false })
  expect(await answer(h, 'persona-resident', noComments.id, { optionId: 'o1', comment: '多说两句' })).toMatchObject({ ok: false, code: 'INVALID_INPUT', field: 'comment' })
})
