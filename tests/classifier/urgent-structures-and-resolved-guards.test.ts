// Round 6 (6a/6b/6c: urgent-test2, -3 and -4, each studied only after its sealed measurements): the forms their misses
// and false alarms showed (a homophone, gas hissing out, torn-down cables and
// arcing, a structure already partly down / bulging / leaning towards people, a phone switched off, deliveries piling up,
// an old person unheard-of for days) and the guards (misunderstanding, "no need to come", praise or thanks about a past
// event, the water has gone, burnt-out remains, "no wires exposed", a resolution in the same part of the report).
// Every sentence here was written for these tests (none is taken from any evaluation set).
import { explainUrgent, normalizeForUrgent } from '../../cloudfunctions/src/classifier'
import { detectUrgent } from '../../cloudfunctions/src/classifier/urgent-rules'
import { writtenExamples } from '../../cloudfunctions/tools/classifier/train-urgent'
import { SCORER_SITUATIONS, SITUATIONS } from '../../cloudfunctions/tools/classifier/urgent-eval'

describe('urgent rules, round 6', () => {
  it('reads 一股没气味 as a gas smell', () => {
    expect(normalizeForUrgent('楼梯间一股没气味')).toBe('楼梯间一股煤气味')
  })

  const positives: [string, string][] = [
    ['楼梯间一股没气味，呛得很', '燃气泄漏'],
    ['店门口的液化气罐一直在往外冒气', '燃气泄漏'],
    ['大风把路边的电缆刮断了，断头拖在地上', '电线裸露或漏电'],
    ['墙角那个插座在放电，噼啪响', '电线裸露或漏电'],
    ['菜场门口的广告架子马上要倒', '房屋结构有倒塌危险'],
    ['隔壁老房子的外墙往外鼓出来了，还在掉渣', '房屋结构有倒塌危险'],
    ['二楼阳台根部出现贯通裂缝，明显下倾', '房屋结构有倒塌危险'],
    ['单元的楼梯塌了两级，上面的人下不来', '房屋结构有倒塌危险'],
    ['那棵大树的根松了，往我家屋这边倒', '房屋结构有倒塌危险'],
    ['独居的王爹爹手机一直关机，从早上到现在', '独居老人联系不上'],
    ['一个人住的刘婆婆门口的牛奶和报纸堆了三天没人拿', '独居老人联系不上'],
    ['楼下的老奶奶三天没见了，敲门喊她也冇得动静', '独居老人联系不上'],
    ['我奶奶自己住，打她座机响到断都没人接', '独居老人联系不上'],
    ['两个醉汉在烧烤摊上抡起啤酒瓶互相砸', '正在发生暴力'],
    // a resolution of another matter before a topic switch does not silence the point
    ['上次说的路灯已经修好了。另外刚才楼下闻到很浓的煤气味', '燃气泄漏'],
    // round 6b (urgent-test3)
    ['我们三个人进了电梯，刚到四楼就停了，门打不开', '电梯困人'],
    ['电梯门关上就不动了，我家孩子还在里面', '电梯困人'],
    ['卫生间地漏往外冒黑水，整个屋子都是', '污水或积水进入住户家中'],
    ['楼上水管爆了，水流进了我们两家屋里', '污水或积水进入住户家中'],
    ['路口那根架空线断线落地，还在冒火花', '电线裸露或漏电'],
    ['充电的线皮破了，线泡在水坑里', '电线裸露或漏电'],
    ['单元楼梯的台阶往下陷，钢筋都露出来了', '房屋结构有倒塌危险'],
    ['大风把车棚顶掀了一半，彩钢板哐哐砸墙', '房屋结构有倒塌危险'],
    ['我姑妈一个人住，两天没打通她电话', '独居老人联系不上'],
    ['那个爷爷每天都在楼下晒太阳，今天一直没下来，敲门也没人应，门口牛奶没拿', '独居老人联系不上'],
    ['哎先不说了，隔壁男的又在打他小孩，用皮带抽', '正在发生暴力'],
    ['上次说的井盖已经修好了，谢谢。现在有个急事，楼下有人在打架', '正在发生暴力'],
    // round 6c (urgent-test4)
    ['三楼那个燃起表嘶嘶的响', '燃气泄漏'],
    ['修路的把一根燃气管挖断了，气味浓烈', '燃气泄漏'],
    ['对面阳台上晒的被子着了，火还在往上烧', '起火冒烟'],
    ['墙上那条缝昨天一指宽，今天拳头都塞得进', '房屋结构有倒塌危险'],
    ['楼顶彩钢棚的支撑钢架变形了，棚子悬出街面', '房屋结构有倒塌危险'],
    ['小区篮球架晃得很厉害，整个架子都歪了', '房屋结构有倒塌危险'],
    ['楼梯水泥一块块往下掉 扶手都松了 哪天踩塌了要出人命', '房屋结构有倒塌危险'],
    ['对门王婆婆八十多了，这两天一点声音都冇得，喊她冇人答应', '独居老人联系不上'],
    ['有个人拿脚踹我屋的门，还在踹，门都快开了', '正在发生暴力'],
    ['她老公突然冲进来就打她，电话也断了', '正在发生暴力'],
    ['开关盒子被人拆了，电线都露在外面，小孩摸了被电到', '电线裸露或漏电'],
  ]
  it.each(positives)('flags %s', (text, reason) => {
    expect(detectUrgent(text)).toContain(reason)
  })

  const negatives: string[] = [
    '群里说闻到煤气味，我下去看了没有，是误会',
    '上个礼拜楼下漏气，燃气公司一下就搞好了，想表扬一下他们',
    '燃气公司查过了，没有漏气，表也正常，不用派人来了',
    '上个月着火烧黑的墙到现在还没刷',
    '上周我爸被困电梯那次多亏了网格员，现在一切都好。另外想问电梯年检的事',
    '前天下大雨家里进了水，现在水退了，地板泡坏了想申请补助',
    '昨天反映的单元门带电那件事，电工来看过，修好了。另外想问理发活动的时间',
    '配电箱的门坏了，里面冇看到电线露出来，就是怕小孩去摸',
    '隔壁婆婆一个人住，耳朵不好，电话经常听不到，莫着急她人是好的',
    // the learned scorer's guards: a worry, a theft, a lift with nobody inside
    '插线板太旧了怕起火',
    '我停在楼下的电动车被偷了',
    '电梯里没人，就是不动了',
    // round 6b (urgent-test3)
    '我港个建议，给每家装个燃气报警器',
    '上个礼拜我卡在电梯里，多亏你们的人来了，我要谢谢你们',
    '每年一到大雨那个下水道就往上翻，今年先来通一下',
    '网格员汛前排查，目前未出现积水倒灌',
    '前天说的电表箱电线裸露，供电所已经换了新箱子，点个赞',
    '昨天说插座漏电，后来发现是电饭煲的线坏了，换了就好了，莫派人来了',
    '上周联系不上我婆婆，后来发现她去女儿家住了',
    '井盖松了，车一压就哐哐响',
    '路面塌陷了一块，下雨积水',
    // the scorer's guards: pouring garbage is not collapsing, a pet smell is not gas, a child alone is not an old person
    '楼道的垃圾道堵住了，楼上的还一直往里倒',
    '楼下草坪全是猫屎狗尿，一股骚味',
    '对门那个小孩父母在外地，常年一个人在家没人管',
    // round 6c (urgent-test4)
    '6月3日回访：某小区煤气泄漏一事已处置，燃气公司更换了软管',
    '昨晚楼道的煤气味查清楚了，是软管老化，今天一点都闻不到了',
    '燃气报警器在哪里领',
    '前两天电动车起火，消防十分钟就扑灭了，没人受伤，想问谁来刷墙',
    '灭火器都过期了，最好换一批，免得真着火了用不了',
    '上个月我被关在电梯里，后来物业来放我出来的，想让他们好好查查',
    '就怕下大雨的时候水又往屋里倒灌，先来掏一下沟',
    '我儿子打他媳妇那回多亏你们来了，现在两口子和好了',
    '对门婆婆我一天没看到，打电话她说在医院陪人，冇得事',
  ]
  it.each(negatives)('does not flag %s', (text) => {
    expect(explainUrgent(text)).toEqual([])
  })

  // The scorer, retrained with ~110 written texts per situation, catches descriptions no rule covers …
  const scorerOnly: [string, string][] = [
    ['楼下小卖部的老板说他店里那个气罐的管子嗤嗤响，他不敢开火', '燃气泄漏'],
    ['屋顶那块预制板中间往下凹了一大截，还咯吱咯吱响', '房屋结构有倒塌危险'],
    ['家里卫生间地漏一直往上翻黑水，已经到客厅了', '污水或积水进入住户家中'],
    ['快来人 电梯不动了 里头闷得很', '电梯困人'],
  ]
  it.each(scorerOnly)('the scorer flags %s', (text, reason) => {
    expect(detectUrgent(text)).toEqual([])
    expect(explainUrgent(text).map((e) => e.reason)).toEqual([reason])
  })

  // … but only when the words that situation cannot do without are there (no stuck lift, another source of the smell)
  it.each(['垃圾站旁边一股臭鸡蛋味，苍蝇好多', '电梯里有人乱扔垃圾'])('the scorer does not flag %s', (text) => {
    expect(explainUrgent(text)).toEqual([])
  })

  it('treats a pause in speech-to-text as the end of a clause', () => {
    // "要是倒了" is a hypothetical only for its own clause, not for the whole unpunctuated report
    expect(detectUrgent('后面那栋老房子 墙都歪了 还在往外鼓 要是倒了不得了')).toContain('房屋结构有倒塌危险')
  })

  it('trains the scorer on written texts for every situation, with decoys', () => {
    const examples = writtenExamples()
    for (const situation of SITUATIONS) expect(examples.filter((e) => e.label === situation).length).toBeGreaterThanOrEqual(100)
    expect(examples.filter((e) => e.label === 'none').length).toBeGreaterThanOrEqual(400)
    for (const example of examples) expect([...SCORER_SITUATIONS, 'none']).toContain(example.label)
  })
})
