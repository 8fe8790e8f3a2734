// Round 4: homophones, indirect descriptions, a person inside a lift, water on the floor, tingling, leaning/sinking
// structures, "does not answer", violence words; and the resolved / suggestion / topic-switch guards.
// Every sentence here was written for these tests (none is taken from urgent-dev, blind-dev or blind-test).
import { explainUrgent, normalizeForUrgent } from '../../cloudfunctions/src/classifier'
import { detectUrgent } from '../../cloudfunctions/src/classifier/urgent-rules'

describe('urgent rules, round 4', () => {
  it('normalises speech-recognition homophones before matching', () => {
    expect(normalizeForUrgent('厨房燃汽味，电题停了，店线掉了')).toBe('厨房燃气味,电梯停了,电线掉了')
    expect(normalizeForUrgent('院子里两个人在打假')).toBe('院子里两个人在打架')
  })

  const positives: [string, string][] = [
    // gas: homophones, gas named elsewhere in the report, smell described indirectly
    ['二楼过道媒气味冲得很', '燃气泄漏'],
    ['灶台那边燃汽一直在漏', '燃气泄漏'],
    ['煤气罐放在阳台上，阀门那块好像在漏，味道越来越浓', '燃气泄漏'],
    ['刚进单元门就是一股怪味，我估计是哪家天然气没关好', '燃气泄漏'],
    ['屋里有股味道，闻着像臭鸡蛋，我把窗子都打开了', '燃气泄漏'],
    // fire: smoke filling a place, fire growing, alarm bell
    ['隔壁屋里满屋子的烟，一直往走廊里飘', '起火冒烟'],
    ['后院堆的柴火烧到旁边的棚子上去了，火越烧越大', '起火冒烟'],
    ['商场的火警铃响个不停，楼梯间里全是烟', '起火冒烟'],
    ['仓库那边起伙了，好多人在往外跑', '起火冒烟'],
    // lift: the lift is named, a person is inside
    ['电题停在半中间，里面有两个学生在喊', '电梯困人'],
    ['我爷爷坐电梯上楼，刚到五楼就卡住了', '电梯困人'],
    ['小区电梯出故障，内有一位老人出不来', '电梯困人'],
    ['电梯门开不了，我现在就在里头，手机快没电了', '电梯困人'],
    // flooding: water on the floor of a home, furniture soaked, water up to the ankles
    ['楼上暖气片爆了，我家卧室地上全是水', '污水或积水进入住户家中'],
    ['下水道反水，脏水顺着门缝流进我家客厅', '污水或积水进入住户家中'],
    ['一楼老张家屋里的水已经淹到小腿了', '污水或积水进入住户家中'],
    ['隔壁水管裂了，水淌进来把我的床和被子都打湿了', '污水或积水进入住户家中'],
    // live wires: touching metal tingles, cable ends exposed, broken cable lying in water
    ['晾衣杆一摸就发麻，外面那根线是有电的', '电线裸露或漏电'],
    ['挖沟的把地下电缆挖断了，断头露在沟边上', '电线裸露或漏电'],
    ['小区路灯杆的检修门缺失，里面的接线裸露在外', '电线裸露或漏电'],
    ['单元门口那根店线断了，泡在水坑里', '电线裸露或漏电'],
    // collapse: leaning, sinking, cracks growing, pieces falling onto cars
    ['巷子里那间老砖房歪得厉害，底下还有人摆摊', '房屋结构有倒塌危险'],
    ['车棚的立柱锈断了，整个顶棚往下耷拉', '房屋结构有倒塌危险'],
    ['后墙的裂缝越来越宽，今天又掉了几块砖', '房屋结构有倒塌危险'],
    ['挡土墙往外倾，墙根底下停了好多电动车', '房屋结构有倒塌危险'],
    ['外墙的瓷砖掉了一片，刚好砸在车上', '房屋结构有倒塌危险'],
    // elderly alone: unanswered calls and doors in many forms
    ['我姨妈独居，今天发消息打电话她都不接，门也没开', '独居老人联系不上'],
    ['对门的李奶奶一个人住，喊了半天冇得回应', '独居老人联系不上'],
    ['我外公就他一个人在家，手机关机，从昨天起就联系不上', '独居老人联系不上'],
    ['孤寡的刘爹爹今天一天都没看到，平时早上都在楼下', '独居老人联系不上'],
    // violence now: brawls, group beatings, bleeding heads
    ['夜市那头有人聚众斗殴，场面很乱', '正在发生暴力'],
    ['三个人围着一个学生打，还在打', '正在发生暴力'],
    ['小区门口两个司机在打架，一个满脸都是血', '正在发生暴力'],
    ['隔壁喝醉了在屋里打人，打他老婆，孩子在哭', '正在发生暴力'],
    ['停车场有人被按在地上打', '正在发生暴力'],
    // a resolution said about another matter before the point does not silence it
    ['上回说的路灯已经修好了，这次是楼道里有煤气味', '燃气泄漏'],
    ['垃圾的事上次说过了，今天主要反映楼下的污水漫进了我家', '污水或积水进入住户家中'],
  ]
  it.each(positives)('fires on %s', (text, reason) => {
    expect(detectUrgent(text)).toContain(reason)
  })

  const negatives = [
    // resolved, follow-up notes, false alarms
    '燃气味道已经散了，师傅说是阀门没拧紧',
    '上午电梯里关了个人，后来维保的把他放出来了',
    '回访：上周反映的电线问题已处理，居民满意',
    '刚才闻到焦味还以为着火了，原来是楼下在炒辣椒',
    '打不通电话的那个独居婆婆，我去看了，人好好的',
    '那间危房已经被拆除了，谢谢社区',
    // hypothetical, habitual, suggestions
    '建议每个单元都配上灭火器，着火了也有个准备',
    '我家老电线用了三十年，怕哪天漏电',
    '这条路每次下雨都积水到膝盖，排水太差了',
    '电动车放在家里充电会不会着火？',
    '电梯门老是关得很慢，我怕哪天被关在里面',
    // past, near-misses, other smells, other topics
    '上个月暴雨水漫进了我家，到现在也没人来赔',
    '垃圾站一股臭鸡蛋的味道，苍蝇到处飞',
    '楼下烤串的油烟往我家灌，衣服都晒不了',
    '公共厕所的水池堵了，地上都是脏水',
    '电工用电笔测过了没电，那根是废线',
    '对面工地夜里还在打，吵得睡不着',
    '邻居差点动手，后来被劝开了',
    '电梯里没有人，就是停在三楼不动',
    '有人从楼上扔了个瓶子，差点砸到人',
    '电梯检修关了一个多月了，什么时候能好',
    '小区围墙上有一道细缝，好多年都没变过',
    '我一个人住，身体还好，想问问助餐怎么申请',
  ]
  it.each(negatives)('stays quiet on %s', (text) => {
    expect(detectUrgent(text)).toEqual([])
  })

  it('lists the matched words as evidence for each reason', () => {
    const evidence = explainUrgent('楼道里全是烟。电梯卡在四楼，里面有个小孩在哭')
    expect(evidence.map((e) => e.reason)).toEqual(['起火冒烟', '电梯困人'])
    for (const e of evidence) {
      expect(e.matched.length).toBeGreaterThan(0)
      expect(e.sentence).toContain(e.matched)
    }
    expect(explainUrgent('楼道灯坏了')).toEqual([])
  })
})
