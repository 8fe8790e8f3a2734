// Ids of cases, events and files: 32 hex characters, unguessable, and later ids sort later (so new rows go to the
// right edge of the id indexes, issue 12).
import { timeOrderedId, uniqueIds } from '../../cloudfunctions/src/runtime/ids'

describe('unique ids', () => {
  it('are 32 lowercase hex characters, none repeated in 20,000', () => {
    const ids = Array.from({ length: 20_000 }, () => uniqueIds.next())
    for (const id of ids.slice(0, 100)) expect(id).toMatch(/^[0-9a-f]{32}$/)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('begin with the creation time, so an id of a later millisecond sorts after every earlier one', () => {
    const at = Date.UTC(2026, 11, 5, 8, 30)
    const earlier = Array.from({ length: 50 }, () => timeOrderedId(at))
    const later = Array.from({ length: 50 }, () => timeOrderedId(at + 1))
    expect(earlier[0].slice(0, 12)).toBe(at.toString(16).padStart(12, '0'))
    expect([...earlier].sort().every((id) => id < [...later].sort()[0])).toBe(true)
    // Within one millisecond the random part differs: two ids of the same moment are not the same.
    expect(new Set(earlier).size).toBe(50)
  })

  it('keep 80 random bits after the time: ids of the same millisecond share only their first 12 characters', () => {
    const at = Date.UTC(2026, 11, 5)
    const tails = Array.from({ length: 200 }, () => timeOrderedId(at).slice(12))
    // Every hex digit shows up at every position of the random part, as it would for random bytes.
    for (let position = 0; position < 20; position += 1) expect(new Set(tails.map((t) => t[position])).size).toBeGreaterThanOrEqual(12)
  })
})
