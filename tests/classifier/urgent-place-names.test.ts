// Round 15 (README): a street's name is no evidence of an emergency. The scorer once learned 塔桥路 from one writer's urgent
// grid notes and flagged "地点：塔桥路…电梯运行时异响" with nothing but the street's name as evidence.
// Every sentence here was written for these tests (none is from an evaluation set).
import { normalizeForUrgent } from '../../cloudfunctions/src/classifier/urgent-rules'
import { onlyPlaceName } from '../../cloudfunctions/src/classifier/urgent-scorer'

const only = (text: string, grams: string[]) => onlyPlaceName(normalizeForUrgent(text), grams)

describe('urgent scorer: a street name is no evidence', () => {
  it.each([
    ['地点：江津东路某小区3栋。事由：楼道灯不亮，已报物业。', ['津东', '江津东路', '东路']],
    ['便河街菜场门口的垃圾桶满了', ['便河街', '河街']],
    ['胜利巷里有人乱停车', ['^胜利', '胜利巷']],
  ])('in "%s" the evidence %j is only a street name', (text, grams) => {
    expect(only(text, grams)).toBe(true)
  })

  it.each([
    ['江津东路路面塌了一个大坑，车子差点掉进去', ['江津东路', '塌了', '大坑']],
    ['一个小孩在马路上跑来跑去，车子开得好快', ['马路', '小孩']],
    ['路口那根电线掉下来了，还在冒火花', ['路口', '电线']],
    ['塔桥路', []],
  ])('in "%s" the evidence %j is more than a street name', (text, grams) => {
    expect(only(text, grams)).toBe(false)
  })
})
