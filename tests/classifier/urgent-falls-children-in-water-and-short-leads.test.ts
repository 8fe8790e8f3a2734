// Round 16 (README): someone fallen from a height and lying hurt is a danger to life; children in open water now are children
// in danger; water over the whole flat is water in a home; a short lead ("急！") is not where a situation is told; a habit of
// watching children and a path cut by a cover are not emergencies. Every sentence here was written for these tests (none is
// from an evaluation set).
import { detectUrgent } from '../../cloudfunctions/src/classifier/urgent'
import { explainUrgent } from '../../cloudfunctions/src/classifier/urgent-rules'

const rules = (text: string) => explainUrgent(text).map((evidence) => evidence.reason)

describe('urgent rules, round 16', () => {
  it.each([
    ['装修的师傅从梯子上摔下来了，头上在流血，躺着不能动', '突发急病或生命危险'],
    ['工地有个工人从二楼架子上掉下来，腿动不了，老板不让叫车', '突发急病或生命危险'],
    ['河边有四五个初中学生下河游泳，水很急，没有大人', '儿童处于危险中'],
    ['几个伢跳进塘里洗澡，那个塘好深', '儿童处于危险中'],
    ['楼上的水管爆了，水漫全屋，还在往外冒', '污水或积水进入住户家中'],
  ])('flags "%s" as %s', (text, reason) => {
    expect(rules(text)).toContain(reason)
  })

  it.each([
    '暑假到了，提醒家长莫让伢下河游泳',
    '夏天伢们总下河游泳，建议在河边立个牌子',
    '去年有伢在河边下水，想让孙子学会游泳',
    '伢们在下水道口那里玩，脏得很',
    '上个月工人从脚手架上摔下来骨折了，工地到现在不赔钱',
    '怕老人爬梯子摔下来动不了，能不能装个扶手',
  ])('does not flag "%s" by these rules', (text) => {
    const reasons = rules(text)
    expect(reasons).not.toContain('儿童处于危险中')
    expect(reasons).not.toContain('突发急病或生命危险')
  })
})

describe('urgent scorer, round 16: leads, habits and covers', () => {
  it.each([
    '急！楼下那家的伢常年一个人在屋里，大人在外地打工',
    '有个男的每天在幼儿园门口转悠，盯着伢们看，已经反映过了',
    '小区里的盲道被井盖截断了，走不通',
  ])('does not flag "%s"', (text) => {
    expect(detectUrgent(text)).toEqual([])
  })

  it('still flags a child in danger told after a short lead', () => {
    expect(detectUrgent('急！对面楼顶有个小孩坐在边上，脚伸在外面')).not.toEqual([])
  })
})
