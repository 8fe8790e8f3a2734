// The scorer's dangers to life (sudden illness, children in danger, open manholes), a mixed report's urgent sentence scored alone, worry words after the evidence,
// and the third level (需尽快核实). Every sentence here was written for these tests (none is from an evaluation set).
import { explainUrgent } from '../../cloudfunctions/src/classifier'
import { detectUrgent as detectByRules } from '../../cloudfunctions/src/classifier/urgent-rules'
import { urgentScorerVerdict } from '../../cloudfunctions/src/classifier/urgent-scorer'
import { checkSoonSituation } from '../../cloudfunctions/src/classifier/urgent'

describe('urgent scorer: dangers to life, mixed reports, worry words and 需尽快核实', () => {
  const caught: [string, string][] = [
    ['王叔叔刚才在楼下下棋，突然从凳子上滑下来，叫他没反应，脸色发灰', '突发急病或生命危险'],
    ['有个小孩一个人在高架桥边的护栏外面走，下面就是车道，大人不知道在哪', '儿童处于危险中'],
    ['人行道上的井盖被人偷了，只剩一个深洞，晚上黑，已经有个老人踩空掉进去了', '井盖缺失或坑洞有坠落危险'],
  ]
  it.each(caught)('flags a danger to life that no rule knows: %s', (text, reason) => {
    expect(detectByRules(text)).toEqual([])
    expect(explainUrgent(text).map((e) => e.reason)).toEqual([reason])
  })

  it('scores the urgent sentence of a mixed report alone', () => {
    const text = '想问一下社区的羽毛球场周末开不开放，要不要预约，还有收不收费。另外跟你们说一下，刚才路过七栋，看到三楼阳台的燃气软管那里嘶嘶地响，整个楼道都是煤气的臭味'
    const verdict = urgentScorerVerdict(text)
    expect(verdict.evidence?.reason).toBe('燃气泄漏')
  })

  it('counts worry said after the evidence, not before it', () => {
    // "怕出事" after the evidence is the reporter's fear, not a hypothetical
    expect(urgentScorerVerdict('隔壁楼道里一股很冲的液化气味，敲门没人开，我怕出事').evidence?.reason).toBe('燃气泄漏')
    // "怕…着火" before it is a worry about the future
    expect(urgentScorerVerdict('楼道里的电线乱七八糟，怕哪天着火').evidence).toBeUndefined()
  })

  it.each([
    '社区什么时候组织老年人体检，我爸有高血压想去查一下',
    '上个月有个小孩在河边落水，已经救起来了，建议河边装护栏',
    '路上的井盖一压就响，晚上吵得睡不着',
    '我家狗丢了，黄色的土狗，有人看到吗',
    '放风筝挂在电线上了，吊在半空',
  ])('does not flag the near miss %s', (text) => {
    expect(explainUrgent(text)).toEqual([])
  })

  it('sends a report the scorer is unsure about to 需尽快核实, and nothing urgent or calm', () => {
    // the scorer is unsure about this one (someone standing on a roof for a long time): not flagged, but checked within
    // the hour (round 9: an open manhole before a school where a child nearly fell, the earlier example here, is urgent)
    const unsure = '对面楼顶有个人站了好久了，不晓得在干什么'
    expect(explainUrgent(unsure)).toEqual([])
    expect(checkSoonSituation(unsure)).toBe('突发急病或生命危险')
    expect(checkSoonSituation('三楼楼道里好大一股煤气味，闻得人头晕')).toBeUndefined() // urgent already
    expect(checkSoonSituation('建议社区多组织一些老年人的文体活动')).toBeUndefined()
    expect(checkSoonSituation('小区的垃圾桶太少了，每天都满出来')).toBeUndefined()
  })
})
