// Round 21 (classifier README): the reporter's own words deny the danger — "not about to fall", a fire put out or a gas
// valve shut before it took hold, a broken step whose only danger is tripping, "出了事哪个负责" — so the report goes to
// 需尽快核实, not urgent; and everyday words that are no emergency (恶心 of disgust, spitting, songs that 打架, a welder's
// sparks, a stove's igniter, the household a fire once struck, water over the ankles in a road); the scorer no longer
// reads how a report asks, and a rule's word needs the scorer's check-soon line. Every sentence here was written for
// these tests.
import { assessUrgent, CHECK_SOON_AT, RULE_NEEDS_URGENCY } from '../../cloudfunctions/src/classifier/urgent'
import { reportSaysItCanWait } from '../../cloudfunctions/src/classifier/urgent-can-wait'
import { explainUrgent as explainUrgentRules, normalizeForUrgent } from '../../cloudfunctions/src/classifier/urgent-rules'
import { sceneWords, urgentScorerVerdict } from '../../cloudfunctions/src/classifier/urgent-scorer'

const notUrgent = (text: string) => expect(assessUrgent(text).evidence).toEqual([])
const urgentFor = (text: string) => assessUrgent(text).evidence.map((e) => e.reason)

describe('urgent flag: the reporter denies the danger', () => {
  it.each([
    ['单元门口的雨棚裂了条缝，越来越明显了，暂时不会掉，想请物业看看怎么修', ['高处物体有坠落危险'], 'not-imminent'],
    ['后院那堵围墙往外鼓了一点，一时半会塌不了，但最好找人来看一下', ['房屋结构有倒塌危险'], 'not-imminent'],
    ['昨晚车棚里一辆电动车冒烟，幸好巡逻的保安拿灭火器扑灭了，车烧坏了一半', ['起火冒烟'], 'over'],
    ['阳台上晾的衣服被楼上的烟头烫了个洞，好在没烧起来，大家抽烟注意点', ['起火冒烟'], 'over'],
    ['来电反映：家中热水器旁边有嘶嘶声，已关闭燃气总阀，没有闻到异味，请燃气公司上门检查', ['燃气泄漏'], 'over'],
    ['二单元门口台阶掉了一块，石头都松了，老人晚上进出很容易绊倒', ['房屋结构有倒塌危险'], 'trip'],
    ['楼道里有人把电瓶车推进来充电，线从窗户上吊下来，出了事哪个负责', ['电线裸露或漏电'], 'counterfactual'],
  ])('%s → %s', (text, situations, why) => {
    expect(reportSaysItCanWait(normalizeForUrgent(text), situations)).toBe(why)
  })

  it.each([
    '地点：12栋东侧路边。情况：一棵梧桐树向人行道倾斜，今日复查支撑架完好。诉求：园林部门入秋前修剪减重。',
    '地点：兴隆街。情况：多家店招老化，一块灯箱边角松脱。已采取措施：拉警戒带，告知店主。诉求：开展沿街店招安全排查。',
    '刚才楼下两个年轻人扯皮打了一架，被路过的人拉开了，一个嘴角出血，都已经走了',
  ])('%s is not urgent', (text) => {
    notUrgent(text)
  })

  it.each([
    // growth told with "not about to" — unless it may go any moment
    ['阳台底下那条裂缝虽然不是马上要塌，但是今天掉了好大一块水泥，随时会砸到人', '高处物体有坠落危险'],
    // the fire is not out
    ['还好发现得早，但是火没扑灭，楼道里还在冒烟，快来人', '起火冒烟'],
    // the valve is shut but the smell is still there
    ['已经关了燃气总阀，可是屋里还是有很大的煤气味，我头都晕了', '燃气泄漏'],
    // a step that could fall on someone below is more than a trip
    ['五楼阳台的水泥栏板塌了一块，刚砸到楼下，上面还有一大块在晃，地上全是碎块很容易绊倒', '房屋结构有倒塌危险'],
    // "whose fault" with the gas still hissing now
    ['楼道里的燃气管今天一直在响，嘶嘶的，你们赶快来看看，出了事哪个负责', '燃气泄漏'],
    // bleeding and still lying there
    ['楼下有人打架，被保安拉开了，一个人头上在流血，躺在地上起不来', '正在发生暴力'],
  ])('%s stays urgent (%s)', (text) => {
    expect(urgentFor(text).length).toBeGreaterThan(0)
  })
})

describe('urgent flag: everyday words that are no emergency', () => {
  it.each([
    '电梯里不晓得哪个吐痰吐得到处都是，看到就恶心得很，物业管一下',
    '楼下垃圾桶一个星期没人清，苍蝇到处飞，恶心死了',
    '两个小区的广场舞音响隔着一条马路，晚上两首歌在打架，吵得睡不着',
    '巷子口那家修车铺天天在门口电焊，火星子溅得到处都是，路过的人都要绕着走',
    '我家的燃气灶打火打不着，一直咔咔响，是不是要换电池',
    '上个月着火的那家现在房子修好了没有，我们楼的人想去看看',
    '地点：和平路公交站。情况：下水道堵塞，昨晚大雨后路边积水没过脚踝。诉求：市政疏通。',
    '单元门口雨水管断了，下雨时水全冲在门口台阶上，进出要踩水',
  ])('%s is not urgent', (text) => {
    notUrgent(text)
  })

  it('reads disgust, spitting and singing as no illness or fight, but keeps nausea with dizziness', () => {
    expect(normalizeForUrgent('看到就恶心得很')).not.toContain('恶心')
    expect(normalizeForUrgent('随地吐痰')).not.toContain('吐')
    expect(normalizeForUrgent('两首歌在打架')).not.toContain('打架')
    expect(normalizeForUrgent('灶打火打不着')).not.toContain('打火')
    expect(normalizeForUrgent('老人头晕恶心得很')).toContain('恶心')
    expect(normalizeForUrgent('恶心得想吐')).toContain('恶心')
    expect(normalizeForUrgent('两个人在楼下打架')).toContain('打架')
  })

  it.each([
    ['我婆婆早上起来头晕恶心得很，吐了两次，现在叫她都不大答应了', '突发急病或生命危险'],
    ['楼上电焊的火星子掉到楼下的纸箱上，已经烧起来了', '起火冒烟'],
    ['配电箱里面一直在打火，噼里啪啦的，还有焦糊味', '电线裸露或漏电'],
    ['一楼那家屋里进水了，水已经没过脚踝，老人还在里面', '污水或积水进入住户家中'],
    ['楼下两个人在打架，一个拿了刀', '正在发生暴力'],
  ])('%s is still %s', (text, situation) => {
    expect(urgentFor(text)).toContain(situation)
  })

  it('keeps a welder\'s sparks from the wire rule only when no wire or burning is named', () => {
    expect(explainUrgentRules('对面工地天天电焊，火星子乱溅').map((e) => e.reason)).not.toContain('电线裸露或漏电')
    expect(explainUrgentRules('电焊机的电线破了皮，火星子直冒，工人被电了一下').map((e) => e.reason)).toContain('电线裸露或漏电')
  })
})

describe('urgent flag: the scorer reads the scene, not how it is asked', () => {
  it('blanks the asking and the filing form, keeping every other character in place', () => {
    const text = normalizeForUrgent('我们单元有很浓的煤气味，能不能派人来处理一下，谢谢')
    const words = sceneWords(text)
    expect(words).toHaveLength(text.length)
    expect(words).toContain('很浓的煤气味')
    expect(words).not.toMatch(/处理|谢谢/)
    expect(sceneWords(normalizeForUrgent('事项登记｜来源：电话｜内容：楼下积水｜处理建议：建议转交相关单位办理')).trim()).toBe('楼下积水')
  })

  it.each([
    '我们单元有很浓的煤气味，能不能派人来处理一下，谢谢',
    '7栋楼下的阳台栏杆松了，随时会掉下去，麻烦派人来看一下，谢谢',
    '事项登记｜来源：电话｜内容：楼下独居老爷爷四天没见人，门口的报纸堆着｜处理建议：建议转交相关单位办理',
  ])('a plain report asked politely stays urgent: %s', (text) => {
    expect(urgentScorerVerdict(text).score?.urgency ?? 0).toBeGreaterThanOrEqual(RULE_NEEDS_URGENCY)
    expect(urgentFor(text).length).toBeGreaterThan(0)
  })

  it('sends a rule\'s word to 需尽快核实 when the scorer gives the scene less than the check-soon line', () => {
    expect(RULE_NEEDS_URGENCY).toBe(CHECK_SOON_AT)
    const text = '厨房那个插座插上电饭煲会打火，想找个电工来换一下'
    expect(explainUrgentRules(text).length).toBeGreaterThan(0)
    expect(urgentScorerVerdict(text).score?.urgency ?? 1).toBeLessThan(RULE_NEEDS_URGENCY)
    expect(assessUrgent(text)).toEqual({ evidence: [], checkSoon: '电线裸露或漏电' })
  })
})
