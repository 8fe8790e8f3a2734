// Round 22 (classifier README): with no rule's word, the scorer alone flags a thing overhead, a wire, water coming in or
// smoke only when it is sure (urgent.ts SCORER_ALONE_NEEDS, 0.9); a middling read goes to 需尽快核实, so staff still look
// within the hour. Every sentence here was written for these tests.
import { assessUrgent, CHECK_SOON_AT, SCORER_ALONE_NEEDS } from '../../cloudfunctions/src/classifier/urgent'
import { explainUrgent as explainUrgentRules } from '../../cloudfunctions/src/classifier/urgent-rules'
import { urgentScorerVerdict } from '../../cloudfunctions/src/classifier/urgent-scorer'

describe('urgent flag: the scorer alone needs to be sure of a hazard', () => {
  it('covers the four hazards whose middling reads were mostly wrong, at one line above the check-soon line', () => {
    expect(Object.keys(SCORER_ALONE_NEEDS).sort()).toEqual(['起火冒烟', '污水或积水进入住户家中', '电线裸露或漏电', '高处物体有坠落危险'].sort())
    for (const line of Object.values(SCORER_ALONE_NEEDS)) expect(line).toBeGreaterThan(CHECK_SOON_AT)
  })

  it('sends a middling read of a wire to 需尽快核实', () => {
    const text = '小区路灯的电线盒子盖子掉了，看着吓人'
    const verdict = urgentScorerVerdict(text)
    expect(explainUrgentRules(text)).toEqual([])
    expect(verdict.evidence?.reason).toBe('电线裸露或漏电')
    expect(verdict.score!.urgency).toBeGreaterThanOrEqual(CHECK_SOON_AT)
    expect(verdict.score!.urgency).toBeLessThan(SCORER_ALONE_NEEDS['电线裸露或漏电'])
    expect(assessUrgent(text)).toEqual({ evidence: [], checkSoon: '电线裸露或漏电' })
  })

  it.each([
    ['三楼阳台的外机架子掉了一半，底下小孩在玩', '高处物体有坠落危险'],
  ])('keeps a sure read urgent: %s', (text, reason) => {
    expect(explainUrgentRules(text)).toEqual([])
    expect(urgentScorerVerdict(text).score!.urgency).toBeGreaterThanOrEqual(SCORER_ALONE_NEEDS[reason])
    expect(assessUrgent(text).evidence.map((e) => e.reason)).toEqual([reason])
  })

  it('leaves people in danger at the scorer threshold', () => {
    for (const situation of ['突发急病或生命危险', '正在发生暴力', '儿童处于危险中', '独居老人联系不上']) expect(SCORER_ALONE_NEEDS[situation]).toBeUndefined()
  })
})
