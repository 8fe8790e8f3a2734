// Round 9 (README): people in danger described without the eight named situations' words, a family's situations tried
// in turn, the scorer sure of SOME emergency, and the guards that keep drills, chronic states, a single throw and a
// person already out calm. Every sentence here was written for these tests (none is from an evaluation set).
import { explainUrgent } from '../../cloudfunctions/src/classifier'
import { urgentScorerVerdict } from '../../cloudfunctions/src/classifier/urgent-scorer'

describe('urgent scorer: people in danger, family fallback and the guards that keep calm reports calm', () => {
  const urgent: [string, string][] = [
    // an old person alone who is ill (not unreachable): the life family's other situation stands
    ['我外婆一个人在家，刚才打电话说胸口好痛，喘不上气，话都说不连贯', '突发急病或生命危险'],
    // children left alone, not an old person: the unreachable situation gives way to the child in danger
    ['楼下两个小孩被锁在屋里一整天了，大人电话打不通，小的一直在哭', '儿童处于危险中'],
    // the evidence is itself a negation (电话不接): it is not denied by it
    ['我爸一个人住，今天一整天电话都不接，敲门也冇得人应', '独居老人联系不上'],
    // "不是小坑" says the opposite of a small pothole
    ['路中间塌了个大洞，不是小坑，底下是空的，车轮都陷进去了', '地面塌陷'],
    // falling plaster does not cancel a wall that leans
    ['隔壁拆房把我家那面墙震松了，墙往外斜，墙皮一块块往下掉', '房屋结构有倒塌危险'],
    // throwing things down while it goes on
    ['楼上有人一直往下扔砖头，还在扔，楼下好多人', '高处物体有坠落危险'],
  ]
  it.each(urgent)('flags %s', (text, reason) => {
    expect(explainUrgent(text).map((e) => e.reason)).toContain(reason)
  })

  const calm = [
    '社区今天搞消防演习，模拟5栋厨房起火，大家有序撤离',
    '上周电梯停了一下，人五分钟就出来了，已经检查过了',
    '楼上有人往下扔了个易拉罐，差点砸到我',
    '楼道窗户的玻璃掉了一块，碎玻璃已经扫干净了，麻烦物业换一块',
    '对面楼那个老人常年一个人住，身体还行，想问社区有没有上门探访',
    '想问一下社区有没有免费量血压的地方，我妈血压有点高',
  ]
  it.each(calm)('does not flag %s', (text) => {
    expect(explainUrgent(text)).toEqual([])
  })

  it('tries every family only when the scorer is sure of some emergency', () => {
    const text = '我外婆一个人在家，刚才打电话说胸口好痛，喘不上气，话都说不连贯'
    expect(urgentScorerVerdict(text).evidence).toBeDefined()
    // with the sure level off and the family threshold out of reach, nothing stands
    expect(urgentScorerVerdict(text, undefined, 1.01, Infinity).evidence).toBeUndefined()
  })
})
