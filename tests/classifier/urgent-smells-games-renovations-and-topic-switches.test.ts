// Round 23 (classifier README): what an everyday report says with an emergency's words — a smell that pours in, water
// standing in a road, a thin crack in a pane, a game played late, a wall knocked down in a renovation, a dog in the lift,
// a lift without air-conditioning, a fall already seen to — and a stolen manhole cover, a matter told after another one.
// Every sentence here was written for these tests; each "not urgent" one was flagged before round 23.
import { assessUrgent } from '../../cloudfunctions/src/classifier/urgent'
import { explainUrgent as explainUrgentRules } from '../../cloudfunctions/src/classifier/urgent-rules'
import { urgentScorerVerdict } from '../../cloudfunctions/src/classifier/urgent-scorer'

const reasons = (text: string) => assessUrgent(text).evidence.map((evidence) => evidence.reason)

describe('urgent flag: everyday reports told with an emergency\'s words', () => {
  it.each([
    // a smell from the septic tank, not water, comes into the flat
    '我家一楼，窗子外面就是化粪池的口子，这两天一股臭味往屋里灌，门窗关紧了都没用',
    // water standing in a road is a drain to clear
    '北门口路面积水深约20公分，行人过不去',
    // a thin crack holds the pane in place
    '六楼走廊窗户玻璃裂了一道缝，我用胶带粘上了，下面就是小区游乐场，请物业换一块',
    // a game played late is noise
    '楼下棋牌室半夜两点还在打 喊牌声吵死人 伢都被吵醒了',
    // a wall knocked down in a renovation, told as noise
    '@物业 3楼那家又在砸墙！不是说好中午不准施工吗 伢刚睡着就被吵醒',
    // a dog jumped at a child in the lift
    '@物业 那家的狗能不能拴绳！刚在电梯里扑我孙女，孙女吓得直哭',
    // a car without air-conditioning
    '来电反映：5栋电梯轿厢内风扇和灯坏了十来天，轿厢里闷得很，老人乘梯时头昏。诉求：尽快维修。',
    // hurt, and seen to at a hospital already
    '我家老头子在菜场被自行车撞了一下，膝盖擦破了，去医院包了一下，现在在家里躺着休息',
    // what was found is cleared away
    '地点：幼儿园西门外。情况：发现有人丢弃的碎玻璃和针头，靠近幼儿活动区。已采取措施：已全部清除。诉求：加强巡查。',
    // children already called down from the roof
    '小区顶楼天台门又没锁，刚才几个半大伢在上面追着打闹，被我喊下来了，物业这门到底锁不锁',
  ])('is not urgent: %s', (text) => {
    expect(reasons(text)).toEqual([])
  })

  it.each([
    ['卫生间地漏往上冒污水，已经往屋里流了，满地都是', '污水或积水进入住户家中'],
    ['家里客厅积水深约二十厘米，插座都泡着了', '污水或积水进入住户家中'],
    ['楼上装修砸墙，把承重墙砸裂了，我家天花板也开始掉渣', '房屋结构有倒塌危险'],
    ['电梯卡在8楼和9楼中间不动了，里面有个老人在拍门喊', '电梯困人'],
    ['楼下有人拿刀砍人，已经见血了，还在打', '正在发生暴力'],
  ])('stays urgent: %s', (text, reason) => {
    expect(reasons(text)).toContain(reason)
  })

  it('reads a stolen manhole cover as an open hole, not a theft', () => {
    expect(reasons('地点：小学东门人行道。情况：一处窨井盖被盗，井口敞开，放学人多。已采取措施：安排人看守。诉求：请市政立即补装。')).toEqual(['井盖缺失或坑洞有坠落危险'])
  })

  it('reads what follows a topic switch on its own', () => {
    const after = '我这回要说的是有人拿刀在学校门口的路追人'
    const text = `孩子入学那个我晓得在处理，${after}`
    expect(explainUrgentRules(text).length).toBeGreaterThan(0)
    expect(urgentScorerVerdict(text).score!.urgency).toBeGreaterThanOrEqual(urgentScorerVerdict(after).score!.urgency)
    expect(reasons(text)).toEqual(['正在发生暴力'])
  })
})
