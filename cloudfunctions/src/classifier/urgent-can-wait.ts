// The reporter's own words say the matter can wait, or that the danger has not happened (round 20). Three classes:
// - a request that can wait: every 诉求 / 请求 / 建议 / 希望 / 请… of the report asks for a mediation, an application, a plan,
//   a repair within days or before the season, a survey, something new to fit, enforcement or patrols
//   ("诉求：调委会组织协商", "诉求：物业一周内焊接修复"), or the note asks for nothing ("诉求：无", "记录备查"); round 24: any
//   repair asked with no word of now ("诉求：市政修复", "诉求：检修加固"; 立即维修 or 今天到场 stays urgent);
// - a counterfactual: the emergency told only as what would have happened or what might ("不然阳台都要烧起来", "真有火灾
//   消防车进不来", "会不会把楼顶压垮？", "出了事谁负责");
// - over: a drill or a rumour, or — when the danger was to a person, not a hazard that stays — the person is safe, found
//   elsewhere, home again or answered after all, or whoever endangered others was stopped or ran off ("救出一名老人",
//   "经核实…已住院", "家属已接回", "被保安制止了").
// TAXONOMY.md's urgent line is a risk that must not wait for a meeting: a reporter who asks for one, or for a plan, has
// judged it can. Such a report goes to 需尽快核实 instead of urgent (urgent.ts), so staff still look within the hour;
// anything that says it acts now or asks for help now keeps the flag. Chosen on everyday writers' false alarms (classifier
// README, "Round 20"); costs no urgent text of any studied set or training writer.
import { HAZARDS } from './urgent-scorer'

/** What the reporter asks for, in a note's 诉求 / 请求 / 建议 / 希望 part or after 请 (not 请问). */
const REQUEST = /(诉求|请求|要求|建议|希望|(?<![申邀])请(?![问假客教]))[：:]?([^。！？!?]*)/g
/** A request that can wait: a meeting or mediation, a process, a plan, a time frame of days, rules, regular care, something
 * new to build or fit, enforcement, a follow-up or patrols; round 24: a repair (检修, 维修, 修补, 修复, 更换, 加固, 疏通). */
const CAN_WAIT = /检修|维修|修补|修复|更换|加固|疏通|调解|协商|调委会|议事|座谈|评理|申请|评估|审批|纳入|列入|计划|规划|改造|登记|备案|立项|([0-9一二两三四五六七八九十几半]+)(个)?(天|日|周|星期|礼拜|月)(内|之内)|近期|本月|下月|年底|有空|方便(时|的时候)|择期|抽空|规则|公约|制度|规范|结对|帮扶|走访|慰问|宣传|教育|劝导|约谈|赔偿|补偿|增设|加装|新建|建设|划分|划定|查处|整治|取缔|督促|跟踪|复查|巡逻(?!人员|队)|(雨季|汛期|入冬|入夏|入秋|开春|冬季|夏季|年底|春节|过年|国庆|开学)(前|之前)|(开展|组织)[^。！？!?]{0,10}(排查|检查|整治|清理)|(全楼|全栋|全面|逐户|全小区)(排查|检查|普查)|(排查|检查|普查)(全楼|全栋|全小区|所有)/
/** Anything in the report that asks for help now or says it acts now; 已报警 / 已报110 and a note's 已采取措施 tell what was
 * done, not what is asked. */
const NOW_ASKED = /立即|立刻|马上|赶紧|赶快|火速|速(来|到|去|处置|处理)|紧急|急需|尽快|尽早|今(天|日|晚|夜)(?!(复查|查看|巡查|检查|核实|走访|回访))(内|之内|就)?|当天|当晚|连夜|现在就|快(来|点|去|派)|救命|出警|到场|抢修|排险|疏散|撤离|救援|断电|停气|关阀|报警|110|119|120/
const TOLD_DONE = /已(经)?报(警|110|119|120)|已采取措施[：:][^。]*/g
/** Round 24: an ambulance or the fire brigade called for what the note tells ("已采取措施：拨打120，留人陪护"): whatever
 * follow-up it asks for ("诉求：联系其亲属，后续申请临时救助"), the scene itself could not wait. */
const EMERGENCY_CALLED = /(拨打|拨|报|呼叫|叫|打)(了)?[^。，,；;]{0,5}(120|119)/

/** Words that say the danger is acting now or someone is in it now. */
const STILL_NOW = /现在(还|都|正)|还在|正在|一直(在)?(响|冒|漏|烧|喷)|仍(在|有|然|未)|不停|越来越|随时|快(来|点|去)|救命|赶紧|马上|立即|立刻|火速|还(没|冇)(有|得)?(出来|找到|联系上|回|醒|灭|停|关)/
/** The emergency told as what would have happened, what might, or whose fault it will be. */
const COUNTERFACTUAL = /(不然|否则)(?!(就|要|会)?(坐牢|抓|起诉|冻结|判刑|拘留|告))|要不是|真(要|有|出|起|着|烧|塌|倒)|出(了)?事(了)?(谁|哪个)(来)?(负责|管|担|赔)|会不会[^。！？!?]*[？?]/

/** The event was a drill or a rumour. */
const NOT_REAL = /演练|演习|是假的|谣言|谣传|辟谣/
/** The person in it is safe: got out, well, no harm done; round 24: taken to hospital ("摔了，已经送医院了"), unless only one
 * of several was ("好几家…上吐下泻，有个老人已经送医院了"). */
const PERSON_SAFE = /(人|老人|孩子|伢|她|他)(都)?(安好|无恙|平安(?![吗么没冇]))|无大碍|(已|已经)安全(回家|到家|离开)?|(已|已经)?(带到|送到|领到|接到)(了)?[^，。！？!?]{0,6}(门岗|保安室|值班室|警务室|派出所|居委会|社区)|(已|已经)?(救|放|接)出(了)?(一|两|三|[0-9])?(名|个|位)(老人|人|乘客|住户|小孩|孩子)|(?<!有(一)?(个|名|位)[^，。！？!?]{0,6})(已|已经)(被)?(送|送到|送去|送进|送往)(了)?(医院|卫生院)/
/** The person got home or answered after all ("一小时后家属已接回", "已自己走回家", "刚刚她回电话了"), or whoever put others in
 * danger was stopped or ran off ("被保安制止了", "我喊了一声跑了"); round 24: a swindle that caused no loss ("未造成损失"). */
const BACK_OR_STOPPED = /(已|已经)(被)?(家属|家人|儿子|女儿|子女)?(接回|领回|自己走回|走回家|回到家)|(家属|家人|儿子|女儿|子女)?(接回|领回|走回家|回到家)了|(回了?电话|回过来|电话回过来)了|(被|让)[^，。！？!?,]{0,6}(制止|赶走|劝走|劝离|拉开)了|未造成(任何)?(经济)?损失|(喊|吼|叫)了一(声|嗓子)[^，。！？!?,]{0,3}(跑|走|溜)了/
/** Someone reported unreachable was found elsewhere when it was looked into ("经核实老人前日已住院", "经了解…在活动室打牌"). */
const FOUND_ELSEWHERE = /经(了解|核实|确认|询问|查实|回访)[^。！？!?]{0,24}(住院|在医院|外出|走亲戚|回老家|去了?[^，。！？!?,]{0,6}(家|那里|那儿)|在[^，。！？!?,]{0,8}(家|活动室|医院|打牌|钓鱼|跳舞|买菜|上班))/
/** … unless someone is still stuck or hurt. */
const PERSON_STILL_IN_IT = /又(回来|来了)|还(没|冇)(到|回|找到|联系上)|起不来|出不来|动不了|脱不了|救不出|还(有人|困|关|卡)|还有[^，。！？!?]{0,6}(在里|关|困|卡|没出来|冇出来)|(流|出)血(?![^。！？!?]{0,8}(已经|都|就|自己)(走|离开)了)|昏迷|叫不醒|喊不醒/
/** The situations that are a hazard staying where it is after the person in it is safe: the scorer's hazards, fire and gas. */
const HAZARD_SITUATIONS = new Set([...HAZARDS, '起火冒烟', '燃气泄漏'])

/** Round 21: the reporter says it is not about to happen ("虽然不是马上要塌", "暂时不会掉", "一时半会塌不了") … */
const NOT_IMMINENT = /(不是|不会|不至于)(马上|立刻|立马|一下子|现在)(就)?(要|会)?(塌|倒|垮|掉|断|出事|有危险|危险)|暂时(还)?(不会|没有|没|冇)(得)?(塌|倒|垮|掉|断|危险|出事)|一时半会(儿)?(还)?(不会|塌不了|倒不了|掉不下来|出不了事)/g
/** … and nothing else in it says it may go at any moment (NOT_IMMINENT is global: it is only used to replace, never to test). */
const ANY_MOMENT = /随时|救命|赶紧|快来|马上(要|就)|正在(塌|倒|掉|往下)/

/** Round 21: a fire or gas put right before it took hold, told with relief ("还好保安拿灭火器扑了", "幸好发现得早，没着起来") … */
const AVERTED = /(还好|幸好|好在|幸亏|多亏)[^。！？!?]{0,14}(扑灭|扑熄|扑了|灭了|浇灭|浇熄|踩灭|踩熄|关(了|掉|上)(阀门|总阀|阀|闸|气|火)|发现得早|发现得及时|发现及时|及时发现)|(没|冇|未)(有|得)?(着|烧)起来/
/** … unless it is not out, or still smokes. */
const NOT_OUT = /(未|没|冇)(有|得)?(扑|浇|踩)?(灭|熄)|(未|没|冇)(有|得)?扑(灭|熄|掉|住)|复燃|(还|一直)(在)?(烧|冒|着)/
/** … or gas shut off at the valve with no smell ("未闻到明显气味，已关闭总阀，想请燃气公司上门检修"), unless it still smells. */
const GAS_SHUT = /(已|已经)(自行)?(关闭|关(了|掉|好|上))(了)?(燃气|煤气)?(总)?(阀|阀门|闸)/
const NO_SMELL = /(未|没|冇|无)(有|得)?(闻到|闻见)?(明显|什么)?(的)?(气味|异味|味道|煤气味|燃气味|臭味)/
const STILL_SMELLS = /还是|仍|还有|越来越|更(大|浓|重)/
const FIRE_OR_GAS = new Set(['起火冒烟', '燃气泄漏'])

/** Round 21: a broken step whose only danger told is tripping ("踏步塌了个角 钢筋都露出来了…很容易绊倒") … */
const TRIP_ONLY = /(容易|会|怕|小心)(被)?(绊倒|绊跤|绊一跤|崴脚|扭脚|踩空|摔跤|摔倒)/
/** … and not something that could fall on or under someone. */
const MORE_THAN_A_TRIP = /砸|压|塌下来|倒下来|掉下来|垮下来|随时|整(面|栋|个|块)|楼板|阳台|屋顶|房顶|外墙|承重|下方|底下|楼下/

/** A note that asks for nothing: "诉求：无", "记录备查". */
const NOTHING_ASKED = /(诉求|请求)[：:]\s*无(?![^。！？!?,，]{0,2}(法|人|电|水|气|应|响|反应))|记录备查|仅作记录|备案即可/

/** Every request of the note can wait, and nothing in it asks for help now. */
function requestCanWait(normalized: string): boolean {
  if (NOW_ASKED.test(normalized.replace(TOLD_DONE, '')) || EMERGENCY_CALLED.test(normalized)) return false
  if (NOTHING_ASKED.test(normalized)) return true
  const asked = [...normalized.matchAll(REQUEST)].map((match) => match[2])
  return asked.length > 0 && asked.every((request) => CAN_WAIT.test(request))
}

/** Why the report itself says the matter can wait, or undefined when it does not; `situations`: what was flagged. */
export function reportSaysItCanWait(normalized: string, situations: string[]): 'request' | 'counterfactual' | 'not-imminent' | 'over' | 'trip' | undefined {
  if (requestCanWait(normalized)) return 'request'
  // Round 21: the reporter's own "not about to" outweighs growth told with it ("裂缝越来越长了…虽然不是马上要塌").
  const undenied = normalized.replace(NOT_IMMINENT, '')
  if (undenied !== normalized && !ANY_MOMENT.test(undenied)) return 'not-imminent'
  if (STILL_NOW.test(normalized)) return undefined
  if (COUNTERFACTUAL.test(normalized)) return 'counterfactual'
  if (NOT_REAL.test(normalized)) return 'over'
  if (situations.every((s) => FIRE_OR_GAS.has(s)) && AVERTED.test(normalized) && !NOT_OUT.test(normalized)) return 'over'
  if (situations.every((s) => s === '燃气泄漏') && GAS_SHUT.test(normalized) && NO_SMELL.test(normalized) && !STILL_SMELLS.test(normalized)) return 'over'
  if (situations.every((s) => s === '房屋结构有倒塌危险') && TRIP_ONLY.test(normalized) && !MORE_THAN_A_TRIP.test(normalized)) return 'trip'
  if (!situations.some((s) => HAZARD_SITUATIONS.has(s)) && (PERSON_SAFE.test(normalized) || FOUND_ELSEWHERE.test(normalized) || BACK_OR_STOPPED.test(normalized)) && !PERSON_STILL_IN_IT.test(normalized)) return 'over'
  return undefined
}
