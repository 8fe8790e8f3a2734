// identity.getDirectory: households (names and phones) only for grid workers (their grids' buildings) and the
// community's staff; residents, handlers, supervisors and a community-less admin get no buildings at all.
import { createHarness, data, type Harness } from '../support/local-harness'
import type { Directory } from '../../src/core/application/get-directory'

let h: Harness
beforeEach(async () => { h = await createHarness() })
afterEach(() => h.close())

const directory = async (as: string) => data<Directory>(await h.call(as, 'identity', 'getDirectory', {}))

it('gives a grid worker the buildings of their grids, with households’ names and phones', async () => {
  const mine = await directory('persona-grid') // grid-1: buildings 1 and 2
  expect(mine.buildings.map((b) => [b.id, b.gridId])).toEqual([['building-1', 'grid-1'], ['building-2', 'grid-1']])
  expect(mine.buildings[0]).toEqual({
    id: 'building-1', name: '航空路小区1栋', gridId: 'grid-1',
    households: [
      { id: 'household-101', room: '1单元101', headName: '王秀英', phone: '13972100001' },
      { id: 'household-202', room: '2单元202', headName: '李建国', phone: '13972100002' },
    ],
  })
  expect(mine.grids.map((g) => g.id)).toEqual(['grid-1', 'grid-2'])
  expect(mine.units.length).toBeGreaterThan(0)
})

it('gives the community’s staff every building of the community', async () => {
  const all = await directory('persona-staff')
  expect(all.buildings.map((b) => b.id)).toEqual(['building-1', 'building-2', 'building-3'])
  expect(all.buildings[2].households).toEqual([{ id: 'household-502', room: '1单元502', headName: '刘德华', phone: '13972100004' }])
})

it('gives residents, handlers, supervisors and a community-less admin no buildings, names or phones', async () => {
  for (const as of ['persona-resident', 'persona-handler', 'persona-supervisor', 'persona-admin']) {
    const answer = await directory(as)
    expect([as, answer.buildings]).toEqual([as, []])
    expect([as, JSON.stringify(answer).includes('13972100004')]).toEqual([as, false])
    expect([as, JSON.stringify(answer).includes('刘德华')]).toEqual([as, false])
  }
  expect((await directory('persona-admin')).communities.map((c) => c.id)).toEqual(['community-hangkonglu'])
})

it('gives a grid worker without grids no buildings', async () => {
  await h.runtime.deps.repos.users.upsert({ id: 'user-grid-new', openid: 'persona-grid-new', name: '新网格员', role: 'gridWorker', streetId: 'street-shengli', communityId: 'community-hangkonglu', gridIds: [] })
  expect((await directory('persona-grid-new')).buildings).toEqual([])
})
