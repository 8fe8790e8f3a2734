// Round 24 (classifier README): emergencies that a note told with its follow-up — an ambulance already called, a swindle
// under way, a child lost or dragged off, someone threatening their life, a knife with nobody hurt yet — and everyday
// reports told with an emergency's words: a crack found to be only the plaster, a bracket to mend before the wind, a
// mess where children play, an old meter switched off, a drain that has not overflowed, vomit left on the stairs,
// fairy lights on a private lead, a barbecue's chimney, a charging lead already taken in, a fall already in hospital,
// a repair asked with no word of now;
// and a roof bending under snow, which stands without the scorer's reading.
// Every sentence here was written for these tests; each "not urgent" one was flagged before round 24, each urgent one
// was not (or was flagged for another reason).
import { assessUrgent } from '../../cloudfunctions/src/classifier/urgent'

const reasons = (text: string) => assessUrgent(text).evidence.map((evidence) => evidence.reason)

describe('urgent flag: everyday reports told with an emergency\'s words (round 24)', () => {
  it.each([
    // an inspection found only the plaster cracked
    '地点：和平里3栋楼梯。情况：一至二楼平台墙面出现一条斜向裂缝，住户担心塌。经查看为抹灰层开裂，无沉降。已采取措施：拍照存档。诉求：房管所安排修补。',
    // a repair before the wind comes
    '地点：9栋楼顶。情况：一根旧天线支架倾斜，螺栓锈蚀。已采取措施：告知物业。诉求：拆除或加固，防止大风吹落。',
    // a mess near where children play
    '小区池塘边上一股臭水味，漂了好多垃圾，旁边就是儿童滑梯，小朋友天天在那玩',
    // an old meter's wires, switched off
    '地点：光明巷4号。情况：楼道墙上旧电表箱盖板缺失，里面几根旧线头外露（废弃电表，已断电），居民担心触电。已采取措施：纸板遮挡。诉求：房管所拆除旧表箱。',
    // a drain that wells up but has not overflowed
    '一楼卫生间地漏一直往上反水，楼上一冲厕所就往上冒，暂未溢出，请物业疏通',
    // vomit left on the stairs
    '三楼楼梯口不知道哪个伢吐了一滩，两天了还在那里，保洁是不是没来',
    // fairy lights on a private lead
    '地点：8栋1单元楼道。情况：住户私拉电线在楼道挂彩灯，电线搭在扶手上，接头用胶布缠着。已采取措施：要求当天拆除。诉求：物业电工检查线路。',
    // a barbecue's chimney, and clothes that smell of smoke
    '对面烧烤店的烟囱天天冒烟，烟都往我们楼上飘，晾的衣服全是烟味',
    // a charging lead across the lane, already taken in
    '地点：筷子巷2号三楼。情况：住户从窗户吊下插线板给楼下电瓶车充电，电线悬空横跨巷子。已采取措施：当场劝导，住户已收回电线。诉求：社区协调集中充电点。',
    // a fall already taken to hospital
    '隔壁李爹爹上午在菜场摔了一跤，已经送医院了，他家里没人，谁有他女儿电话',
    // a hazard cordoned off, and a repair asked with no word of now
    '地点：文化巷中段。情况：巷道路面塌陷出一个坑，直径约半米，深约30厘米。已采取措施：摆放锥桶。诉求：市政修复。',
    '地点：5栋1单元。情况：单元铁门合页脱落，门扇歪斜靠在墙上。已采取措施：铁丝临时固定。诉求：物业检修。',
  ])('is not urgent: %s', (text) => {
    expect(reasons(text)).toEqual([])
  })

  it.each([
    // an ambulance called: the follow-up it asks for does not make it wait
    ['地点：柳林村某户。情况：独居老人刘某发烧卧床，神志尚清，家中无人照料。已采取措施：拨打120，留人陪护。诉求：联系其子女，后续申请临时救助。', '突发急病或生命危险'],
    // face down in the water
    ['河边上有个人趴在水里 一动都不动 快来人', '突发急病或生命危险'],
    // a knife waved at passers-by, nobody hurt so far
    ['地点：菜市场门口。情况：一男子持菜刀在路口来回走，对路人挥刀，暂无人受伤。已采取措施：疏散群众，报警。诉求：民警立即到场。', '正在发生暴力'],
    // a swindle under way
    ['网格员上门发现有个租户在按电话里客服的指示注销网贷，已经转出去两笔，现在还在通话', '正在发生暴力'],
    // a child out all night
    ['我儿子十三岁，昨天下午出去玩一夜没回，电话关机，同学都说不知道', '突发急病或生命危险'],
    // someone dousing themselves to set themselves alight; a grievance (不公) is no denial of it
    ['有个男的在街道办门口说要自焚，往身上淋了汽油，好多人围着看', '突发急病或生命危险'],
    ['来电反映：一男子在街道办门口称征地补偿不公要自焚，手里拎着一桶汽油，围观的人很多。', '突发急病或生命危险'],
    // a repair asked at once keeps the flag
    ['地点：3栋2单元。情况：楼上水管爆裂，水往201屋里灌，已淹到卧室。已采取措施：关闭总阀。诉求：物业立即维修。', '污水或积水进入住户家中'],
    // a roof bending under snow, told calmly in a grid note: the rule stands without the scorer
    ['地点：东门农贸市场。情况：夜间降雪，钢棚顶积雪较厚，中间下凹并有异响，商户陆续进场。已采取措施：劝离棚下商户。诉求：请市场方立即清雪加固。', '房屋结构有倒塌危险'],
  ])('is urgent: %s', (text, reason) => {
    expect(reasons(text)).toContain(reason)
  })

  it.each([
    // the follow-up alone, with no ambulance called, still waits
    '地点：柳林村某户。情况：独居老人刘某腿脚不便，家中无人照料。已采取措施：登记在册。诉求：联系其子女，后续申请临时救助。',
    // a threat long past, and the person much better now
    '楼上那个婆婆去年扬言要跳楼，现在跟女儿住，好多了',
    // snow already cleared off a shelter that is a little bent
    '车棚顶上的积雪昨天已经铲干净了，棚子有点变形，请物业修一下',
    // a child who came home
    '我儿子十三岁，昨天一夜没回，今天早上回来了，想请社区帮忙做做思想工作',
  ])('is not urgent either: %s', (text) => {
    expect(reasons(text)).toEqual([])
  })
})
