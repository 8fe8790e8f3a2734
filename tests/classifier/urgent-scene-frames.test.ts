// Round 14 (README): the scene of a report — a hazard, now, someone exposed, and the frame it is told in (past, made safe,
// a habit, a fear, a request) — read as classes for the urgent scorer. The flag: a rule's word in a scene the scorer
// finds calm (round 14: told as past or as a request; round 19: any scene, urgent.ts RULE_NEEDS_URGENCY) goes to
// 需尽快核实 instead of urgent.
// Every sentence here was written for these tests (none is from an evaluation set).
import { assessUrgent, RULE_NEEDS_URGENCY } from '../../cloudfunctions/src/classifier/urgent'
import { explainUrgent as explainUrgentRules, normalizeForUrgent } from '../../cloudfunctions/src/classifier/urgent-rules'
import { sceneFeatures, sceneIsUrgent } from '../../cloudfunctions/src/classifier/urgent-scene'
import { urgentScorerVerdict } from '../../cloudfunctions/src/classifier/urgent-scorer'

const scene = (text: string) => sceneFeatures(normalizeForUrgent(text))

describe('urgent scene: classes and frames', () => {
  it.each([
    ['上个礼拜五楼走廊冒过一回烟，后来查出来是电表箱里线老化，已经换好了', ['§past', '§safe', '§fire']],
    ['一到下大雨我们巷子就积水，每次都要好几天才退', ['§habit', '§water']],
    ['楼下小卖部门口堆了好多纸箱，我担心哪天着火', ['§fear', '§fire']],
    ['想问下小区什么时候安排检修一下燃气管道', ['§request']],
    ['三楼有个老人倒在楼梯上，现在还在喘，旁边没人', ['§now', '§exposed', '§now×exposed', '§body×now×exposed']],
  ])('reads the scene of %s', (text, expected) => {
    expect(scene(text)).toEqual(expect.arrayContaining(expected))
  })

  it('marks a report with no hazard word and no frame', () => {
    expect(scene('小区门口的快递柜满了，取件要排队')).toEqual(expect.arrayContaining(['§no-hazard', '§no-frame', '§not-now']))
  })

  it.each([
    ['广场边那棵树被风刮断了一半，还吊在电线上晃，下面一群伢在玩', true],
    ['菜场后面的小巷子里有个老人躺在地上，叫他不答应，现在天又冷', true],
    ['前天楼顶的广告牌被风吹歪了，物业已经拆掉了，没人受伤', false],
    ['我们楼的外墙瓷砖一到夏天就掉，建议物业找人检查一下', false],
    ['小区门口的快递柜满了，取件要排队', false],
  ])('sceneIsUrgent(%s) is %s', (text, expected) => {
    expect(sceneIsUrgent(normalizeForUrgent(text))).toBe(expected)
  })
})

describe('urgent flag: a rule word in a scene the scorer finds calm', () => {
  it.each(['热水器用了好多年了，打火的时候有点响，要不要换一个', '厨房那个插座插上电饭煲会打火，想找个电工来换一下'])(
    'sends %s to 需尽快核实, not urgent',
    (text) => {
      const assessment = assessUrgent(text)
      expect(assessment.evidence).toEqual([])
      expect(assessment.checkSoon).toBe('电线裸露或漏电')
    },
  )

  it('keeps the rule when the scene happens now', () => {
    expect(assessUrgent('楼道里的电线在冒火花，现在还在响，旁边就是电动车').evidence.map((e) => e.reason)).toEqual(['电线裸露或漏电'])
  })

  it.each([
    '楼道里的电线在冒火花，现在还在响，旁边就是电动车',
    '三楼有股很冲的煤气味，整个楼道都是，我不敢按电灯开关',
    '302的婆婆一个人住，敲了半天门没人应，电话也打不通，牛奶还挂在门上',
    '3栋的老爹爹好几天冇看到他下楼了，想请社区去问一下',
    '楼下早餐店的煤炉一大早就冒烟，熏得我们楼道里都是烟',
    '热水器用了好多年了，打火的时候有点响，要不要换一个',
    '厨房那个插座插上电饭煲会打火，想找个电工来换一下',
  ])('a rule stands on %s exactly when the scorer gives the scene RULE_NEEDS_URGENCY, else it goes to check with the rule\'s reason', (text) => {
    const [rule] = explainUrgentRules(text)
    expect(rule).toBeDefined()
    const stands = (urgentScorerVerdict(text).score?.urgency ?? 1) >= RULE_NEEDS_URGENCY
    const assessment = assessUrgent(text)
    expect(assessment.evidence.length > 0).toBe(stands)
    if (!stands) expect(assessment.checkSoon).toBe(rule.reason)
  })

  it.each([
    '楼道里的电线在冒火花，现在还在响，旁边就是电动车',
    '三楼有股很冲的煤气味，整个楼道都是，我不敢按电灯开关',
    '302的婆婆一个人住，敲了半天门没人应，电话也打不通，牛奶还挂在门上',
    '我们这栋有好浓的煤气味，麻烦派个人来看一下，谢谢',
    '关于电梯关人了',
  ])('flags an emergency told plainly, politely or as a bare topic: %s', (text) => {
    expect(assessUrgent(text).evidence.length).toBeGreaterThan(0)
  })
})
