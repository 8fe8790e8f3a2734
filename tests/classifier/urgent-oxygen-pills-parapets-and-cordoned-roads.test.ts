// Round 24 (classifier README), urgent-test35 / 36 and blind-test34 / 35 studied: oxygen at home when the power goes,
// someone who cannot get down without medicine or food, a small child who swallowed pills, children on a roof's
// parapet, a swindler's "不然要坐牢", a patrol asked to help search, someone qualified in first aid, a rescue on a rainy
// night; and 120平 (an area), a child who did the damage or was frightened, stalls at a school gate, a road cordoned off
// for its repair, a crack on a watch list, a charging lead, a paint smell, a planned power cut.
import { assessUrgent } from '../../cloudfunctions/src/classifier/urgent'

const reasons = (text: string) => assessUrgent(text).evidence.map((evidence) => evidence.reason)

describe('urgent flag: oxygen, pills, parapets, and roads cordoned for repair', () => {
  it.each([
    '业主群里问一下，今年物业费为什么按户收？我家70平和人家120平交一样的钱',
    '谁把电瓶拎到四楼楼道充电？线从窗户拉出来的，搭在扶手上，赶紧收了！',
  ])('is not urgent: %s', (text) => {
    expect(reasons(text)).toEqual([])
  })

  it.each([
    '谁家小孩把我电动车的后视镜掰断了，监控拍得清清楚楚，家长出来认一下',
    '楼下超市开业放鞭炮敲锣打鼓一上午，我家宝宝被吓哭了好几回',
    '地点：某小学东门。情况：放学时段有流动摊贩在校门口卖烤肠和玩具，学生围着买，占了人行道。已采取措施：劝离。诉求：请城管加强巡查。',
    '地点：江边护坡挡土墙。情况：墙体竖向裂缝一条，已列入汛期巡查台账，本次测量宽度仍为2毫米，未见鼓胀。已采取措施：拍照记录。诉求：继续监测。',
    '谁家装修把剩下的油漆和涂料倒进下水道了，一股刺鼻的味道，整栋楼都闻得到',
    '明天要计划停电一天，家里老人用制氧机，想问社区有没有应急电源',
  ])('is not urgent either: %s', (text) => {
    expect(reasons(text)).toEqual([])
  })

  it.each([
    ['快递柜旁边有个男的突然倒地，叫他没反应，保安受过急救培训，已经拿AED过去了', '突发急病或生命危险'],
    ['停电了！我妈在家用制氧机，一停电就不转了，备用氧气瓶只够撑一个小时，什么时候来电？', '突发急病或生命危险'],
    ['我爸一个人住18楼，电梯坏了四天，他腿脚不好下不了楼，刚打电话说降压药吃完了，家里也没吃的了', '突发急病或生命危险'],
    ['我孙子把他爷爷放在桌上的降压药吃了好几颗，才两岁，现在想睡觉，要不要送医院', '儿童处于危险中'],
    ['刚才有个人打电话说我孙子打伤了人要赔钱，不然要坐牢，让我把钱准备好等人来拿，我已经取了两万', '正在发生暴力'],
    ['电梯门开了里面是空的，轿厢根本没到，黑洞洞的，门还关不上，快派人来封住', '井盖缺失或坑洞有坠落危险'],
    ['几个初中生在楼顶女儿墙上走来走去拍视频，快上去把他们喊下来', '儿童处于危险中'],
    ['我们楼的自来水今天一放出来就是黑的，一股机油味，昨天还用来煮饭，好几个伢肚子疼', '突发急病或生命危险'],
    ['下雨天晚上，一个骑电动车的老人连人带车翻进路边沟里了，水没到腰，我们拉不上来，快来人！', '突发急病或生命危险'],
    ['来电反映：某某之子（14岁，自闭症）下午在公园走失，不会求助。已采取措施：调取监控。诉求：请派出所、巡逻队员协助查找。', '突发急病或生命危险'],
  ])('is urgent: %s', (text, reason) => {
    expect(reasons(text)).toContain(reason)
  })
})
