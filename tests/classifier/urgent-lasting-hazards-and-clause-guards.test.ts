// Round 10 (README): water reaching the wiring, hazards that outlast their cause or the person they caught, negations
// and worries that belong to another clause, someone else's "没事", and an inspection that found nothing. Every
// sentence here was written for these tests (none is from an evaluation set).
import { explainUrgent } from '../../cloudfunctions/src/classifier'
import { normalizeForUrgent, urgentSentenceGuardsPass } from '../../cloudfunctions/src/classifier/urgent-rules'

describe('urgent flag: lasting hazards and guards bound to their clause', () => {
  const urgent: [string, string][] = [
    // water on the wiring: a switchboard standing in water that buzzes
    ['楼道里的水漫到了配电箱底下，箱子里一直在滋滋响，灯忽明忽暗', '电线裸露或漏电'],
    // what a past storm left is still there, said without 还
    ['前天夜里的大风把楼顶的水箱吹歪了，一半悬在外面，下面是小区大门', '高处物体有坠落危险'],
    // the person caught by the hazard got out; the hazard did not go away
    ['路边那个井盖翻起来了，刚才一个小孩的腿陷进去了，我们把他拉出来了', '井盖缺失或坑洞有坠落危险'],
  ]
  it.each(urgent)('flags %s', (text, reason) => {
    expect(explainUrgent(text).map((e) => e.reason)).toContain(reason)
  })

  it('flags a report whose builder says all is well when the residents do not believe it', () => {
    expect(explainUrgent('隔壁在挖地基，我们楼的墙裂了好几道缝，门框都变形了，施工方说没事，我们晚上都不敢睡').length).toBeGreaterThan(0)
  })

  const calm = [
    // an inspection that found no sign of danger, repair scheduled
    '楼梯扶手有点松，经查看无脱落风险，已列入下月维修计划',
    // the hazard was cleared, not just the person
    '昨晚风把一棵小树吹倒在路上，今天一早物业已经清走了',
    // water near the meter, already handled
    '上周电表箱进了点水，供电所已经来处理过了，现在正常用电',
  ]
  it.each(calm)('does not flag %s', (text) => {
    expect(explainUrgent(text)).toEqual([])
  })

  it('reads 点表 as 电表 (speech-to-text)', () => {
    expect(normalizeForUrgent('点表箱子里进水了')).toBe('电表箱子里进水了')
    expect(normalizeForUrgent('给他点表扬')).toBe('给他点表扬')
  })

  it('lets only a negation in the evidence clause deny it, and not fear or force', () => {
    const sentence = '眼睛熏得睁不开 伢们都在咳'
    expect(urgentSentenceGuardsPass(sentence, sentence.indexOf('伢'))).toBe(true)
    const fear = '有人在撬门，我躲在屋里不敢出声'
    expect(urgentSentenceGuardsPass(fear, fear.indexOf('声'))).toBe(true)
    const denial = '检查过了，没有漏电'
    expect(urgentSentenceGuardsPass(denial, denial.indexOf('漏电'))).toBe(false)
  })
})
