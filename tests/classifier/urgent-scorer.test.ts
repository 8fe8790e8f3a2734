// Round 5: the learned urgent-situation scorer (OR-ed with the rules) and the round-5 rule fixes.
// Every sentence here was written for these tests (none is taken from urgent-dev, blind-dev, blind-test or urgent-test).
import { explainUrgent, explainUrgentScorer, loadClassifier } from '../../cloudfunctions/src/classifier'
import { detectUrgent as detectByRules } from '../../cloudfunctions/src/classifier/urgent-rules'
import { sharedUrgentModel } from '../../cloudfunctions/src/classifier/urgent-scorer'
import { URGENT_CLAUSES } from '../../cloudfunctions/tools/classifier/generate-corpus'
import { situationExamples, SITUATION_CORES } from '../../cloudfunctions/tools/classifier/urgent-source'

describe('learned urgent-situation scorer', () => {
  it('ships 14 labels (8 situations + 2 round-7 hazards + 3 round-8 dangers to life + none) and a threshold', () => {
    const model = sharedUrgentModel()
    expect(model.labels).toHaveLength(14)
    expect(model.labels[13]).toBe('none')
    expect(model.threshold).toBeGreaterThan(0.3)
    expect(model.weights.length).toBe(model.features.length * 14)
  })

  it('has at least 40 written training texts per situation', () => {
    const examples = situationExamples()
    for (const situation of Object.keys(SITUATION_CORES)) {
      expect(examples.filter((e) => e.label === situation).length).toBeGreaterThanOrEqual(40)
    }
  })

  // Descriptions the rules do not cover; the scorer flags them with the situation and its n-gram evidence.
  const caughtByScorer: [string, string][] = [
    // round 8: 高处物体有坠落危险 (pieces falling from a height onto a walkway) is the scorer's label for this now
    ['筒子楼的顶棚掉了一大块下来，砖还在往下落，底下是过道', '高处物体有坠落危险'],
    // (round 7: 城北菜场那排铺面的二楼阳台往下坠，下面全是买菜的人 is now a rule's: 高处物体有坠落危险, urgent-falling-and-subsidence.test.ts)
    ['厨房那根燃气软管被老鼠咬了个洞，屋里全是那个味', '燃气泄漏'],
    ['我妈一个人住，从中午到现在微信语音都不回', '独居老人联系不上'],
    ['电梯不动了，我和同事两个人还在轿厢里，按了警铃', '电梯困人'],
  ]
  it.each(caughtByScorer)('flags %s', (text, reason) => {
    expect(detectByRules(text)).toEqual([])
    const evidence = explainUrgent(text)
    expect(evidence.map((e) => e.reason)).toEqual([reason])
    expect(evidence[0].matched.length).toBeGreaterThan(0)
    expect(text).toContain(evidence[0].sentence.replace(/,/g, '，'))
    expect(loadClassifier().classify(text).urgentReasons).toEqual([reason])
  })

  // The same guards as the rules: suggestion, past and repaired, hypothetical, negated, follow-up note.
  const notUrgent = [
    '建议在楼道装燃气报警器，以防万一',
    '上个月楼下那户着过火，现在已经重新装修好了',
    '如果电梯困人了应该打哪个电话',
    '楼道里的电线没有裸露，只是有点乱',
    '回访：上周反映的燃气味，燃气公司已处理完毕',
    '电梯坏了好几天，还好没人被关在里面',
    '想给独居的老父亲装个一键呼叫器，社区有补贴吗',
  ]
  it.each(notUrgent)('does not flag %s', (text) => {
    expect(explainUrgentScorer(text)).toBeUndefined()
    expect(loadClassifier().classify(text).urgent).toBe(false)
  })

  it('shows rule evidence first; the scorer only speaks when no rule fired', () => {
    const evidence = explainUrgent('楼道里有煤气味，好重')
    expect(evidence).toHaveLength(1)
    expect(evidence[0].matched).toContain('煤气')
  })
})

describe('round-5 rule fixes', () => {
  const positives: [string, string][] = [
    ['对门的孤老，我喊了他好几声他都冇应，门还反锁着', '独居老人联系不上'],
    ['楼下那家这会儿在屋里打架，打得噼里啪啦的', '正在发生暴力'],
    ['检查发现：三楼住户室内地面积水约5厘米，水还在流', '污水或积水进入住户家中'],
    ['顶楼水箱破了，大量的水渗进了六楼住户屋里', '污水或积水进入住户家中'],
  ]
  it.each(positives)('flags %s', (text, reason) => {
    expect(detectByRules(text)).toContain(reason)
  })
  const negatives = [
    '楼上漏水渗到我卫生间了，跟他说了也不修', // seepage from upstairs is a neighbour matter
    '东门路每次下暴雨就积水，水能淹到膝盖', // habitual road flooding
    '电梯坏了，经核实无人员被困',
    '前天闻到的煤气味今天没有了，师傅说阀门已经拧紧',
    '有人把剩菜剩饭都往路边一倒就走了',
    '如果有人困在电梯里，应该先按警铃吗',
    '楼道的电线不带电，是以前留下的废线',
  ]
  it.each(negatives)('does not flag %s', (text) => {
    expect(detectByRules(text)).toEqual([])
  })
})

describe('generator relabel', () => {
  it('marks the violence-now clause of a non-urgent issue as urgent', () => {
    expect(URGENT_CLAUSES.has('两伙人在{road}上动手了，有人流血了')).toBe(true)
  })
})
