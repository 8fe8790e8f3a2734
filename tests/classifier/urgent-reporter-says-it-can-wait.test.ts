// Round 20 (classifier README): the reporter's own words say the matter can wait — a note that asks for a mediation, a
// plan or a repair within days, an emergency told only as what would have happened, a drill, a person already safe — so
// the report goes to 需尽快核实, not urgent; and four misreadings of everyday words (a room number holding 120, 倒 that
// pours, a quilt's 被, 着 before a live animal). Every sentence here was written for these tests.
import { assessUrgent } from '../../cloudfunctions/src/classifier/urgent'
import { reportSaysItCanWait } from '../../cloudfunctions/src/classifier/urgent-can-wait'
import { explainUrgent as explainUrgentRules, normalizeForUrgent } from '../../cloudfunctions/src/classifier/urgent-rules'
import { urgentScorerVerdict } from '../../cloudfunctions/src/classifier/urgent-scorer'

/** What rules or scorer alone would flag, before the reporter's own words are read. */
const flaggedBeforeCanWait = (text: string) => explainUrgentRules(text).length > 0 || urgentScorerVerdict(text).evidence !== undefined

describe('urgent flag: the reporter says it can wait', () => {
  it.each([
    ['地点：建设巷5号、7号。情况：两户因晾衣杆占道发生口角，一度推搡，已被劝开。已采取措施：现场劝导。诉求：调委会下周组织双方调解。', 'request'],
    ['地点：东门巷口。情况：路面塌陷一处，约半米见方，深二十厘米，已放锥桶。诉求：请市政纳入明年道路改造计划。', 'request'],
    ['有人在楼道里扔烟头，把我门口的纸箱烧黑了一块，幸亏我闻到了，不然整个楼道都要着火', 'counterfactual'],
    ['我们巷子里两边都停满了车，真要着火了消防车根本进不来', 'counterfactual'],
    ['社区今天上午组织了电梯困人应急演练，维保单位十二分钟到场', 'over'],
    ['刚才3栋电梯困人，维保已救出一位老人，人安好，电梯已停用检修', 'over'],
  ])('%s → 需尽快核实 (%s)', (text, why) => {
    expect(flaggedBeforeCanWait(text)).toBe(true)
    const flagged = [...explainUrgentRules(text).map((e) => e.reason), urgentScorerVerdict(text).evidence?.reason ?? ''].filter(Boolean)
    expect(reportSaysItCanWait(normalizeForUrgent(text), flagged)).toBe(why)
    const assessment = assessUrgent(text)
    expect(assessment.evidence).toEqual([])
    expect(assessment.checkSoon).toBeDefined()
  })

  // Reports that other guards already keep from the flag (a hazard fenced with what was at hand, a quarrel calmed down)
  // or that the scorer does not flag today: the reporter's words say it can wait all the same.
  it.each([
    ['地点：纺织厂宿舍3栋。情况：二楼楼梯护栏锈断一截，住户多为老人，已用警示带围住。诉求：物业三天内焊接修复。', 'request'],
    ['地点：幸福里车棚。情况：有住户私拉电线给电瓶车充电，插头烧焦裸露。已采取措施：现场断电，拆除私拉线路。诉求：物业规划增设充电桩。', 'request'],
    ['地点：文化广场。情况：两家摊贩争摊位，互相推搡了几下，现已平息。已采取措施：叫来双方协商。诉求：社区划定摆摊区域。', 'request'],
    ['来电反映：晚上在小区被一个男的尾随到楼下，邻居出来后他走了，来电人已安全回家', 'over'],
    ['地点：和平里6栋。情况：居民反映楼道有焦糊味，物业查看是楼下饭店排烟。已采取措施：向居民解释。诉求：无，记录备查。', 'request'],
    ['地点：幸福小区地下车库。情况：顶板渗水，雨后地面积水约3厘米。诉求：物业汛期前完成防水修补。', 'request'],
    ['地点：8栋。情况：外墙空调外机支架锈蚀，个别松动。诉求：物业排查全楼空调支架。', 'request'],
    ['来电反映：住户称对门独居的张爹爹两天没开门，经核实张爹爹前天已住院，由儿子陪护。', 'over'],
    ['来电反映：这几天有个陌生男的在小区门口转来转去，还跟放学的孩子搭话，请派出所加强巡逻。', 'request'],
    ['楼下刚才有两个人在撬电瓶车的锁，我喊了一声跑了，大家车子锁好', 'over'],
    ['车库那边刚才有两个伢在玩打火机点纸，被保安制止了，家长看好自家伢', 'over'],
    ['来电反映：一位老人在菜场迷路，说不清住址，一个小时后家属已接回。', 'over'],
    ['我妈一个人住，上午打电话没接，刚刚她回电话了，说去菜场了没听到', 'over'],
  ])('%s can wait (%s) and is not urgent', (text, why) => {
    expect(reportSaysItCanWait(normalizeForUrgent(text), ['独居老人联系不上'])).toBe(why)
    expect(assessUrgent(text).evidence).toEqual([])
  })

  it.each([
    // a request for help now beside the mediation
    '地点：向阳小区4栋。情况：两名住户持刀对峙，一人手臂流血。已采取措施：已报110。诉求：派出所立即出警，调委会后续调解。',
    '地点：某小区2栋。情况：楼道里天然气味很浓，有住户头晕。已采取措施：已开窗通风。诉求：燃气公司马上到场，物业登记备案。',
    // the danger is still acting
    '楼道里的电动车着火了，火还在烧，不然我也不会打电话，快来人！',
    // someone is still in it, or the hazard stays after the person is safe
    '电梯困了人，刚救出一个老人，还有两个人关在里面',
    '2栋楼梯口的电线泡在水里，一个老人被电了一下，人无大碍，电线还在冒火花',
    '我家孩子8岁，平时5点放学自己走回来，现在7点了还没到家，电话手表关机了，大家帮忙找找',
    '有人在撬我家门，我喊了一声跑了，现在又回来了，还在门口',
  ])('%s stays urgent', (text) => {
    expect(assessUrgent(text).evidence.length).toBeGreaterThan(0)
  })
})

describe('urgent flag: a smell checked and found no leak, a nuisance that has lasted for weeks, fire equipment, a fight the police came to', () => {
  it.each([
    '楼道里有股煤气味，燃气公司上门检测无泄漏，是下水道返上来的味',
    '楼道里一股刺鼻的怪味，已持续两个星期了，物业也查不出来',
    '3单元楼道的灭火器箱是空的，灭火器不知道哪去了，还停着一辆旧电动车',
    '昨天晚上楼下两个人打架，打得很凶，后来救护车来了警察也来了，这一片治安太差了',
  ])('%s is not urgent', (text) => {
    expect(assessUrgent(text).evidence).toEqual([])
  })

  it.each(['隔壁的烟感一直在叫，叫了好几分钟，门口有股糊味，敲门没反应', '燃气公司检测了说没有泄漏，但是现在味道越来越大，我头都晕了', '那条沟已持续两周往外冒污水，今天突然漫进我屋里，地上全是水', '楼下那个化工仓库的气味刺鼻，闻了头晕，已持续一个月了'])('%s stays urgent', (text) => {
    expect(assessUrgent(text).evidence.length).toBeGreaterThan(0)
  })
})

describe('urgent flag: everyday words that are not an emergency', () => {
  it('reads a room number of four digits as one token, not the ambulance number inside it', () => {
    expect(normalizeForUrgent('1203和1303两家为洗衣机噪音吵架')).not.toContain('120')
    expect(normalizeForUrgent('老人晕倒了，快打120')).toContain('120')
  })

  it.each([
    ['有人从五楼往楼下倒剩饭，花坛里全是', '房屋结构有倒塌危险'],
    ['楼上那家晒被子拍打被子，灰全落到我家窗台上', '正在发生暴力'],
    ['菜场门口那家笼子里关着活鸡，味道大得很', '起火冒烟'],
    ['五楼那家拖地的水直接从阳台往下倒，淋了我一身', '房屋结构有倒塌危险'],
  ])('%s is no %s', (text, situation) => {
    expect(explainUrgentRules(text).map((e) => e.reason)).not.toContain(situation)
  })

  it.each([
    ['我屋里着活了 快来人啊', '起火冒烟'],
    ['巷子里那堵老院墙往下倒了，下面还有人', '房屋结构有倒塌危险'],
    ['下了一夜雨，后面那堵土墙泡了水，墙根软了，现在墙往外倒，隔壁婆婆还在屋里', '房屋结构有倒塌危险'],
    ['楼下有个女的被人打了，头上在流血', '正在发生暴力'],
  ])('%s is still %s', (text, situation) => {
    expect(assessUrgent(text).evidence.map((e) => e.reason)).toContain(situation)
  })
})
