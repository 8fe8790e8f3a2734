// Explainable urgent rules (TAXONOMY.md "Urgent"): each rule has a Chinese reason label.
// A match is ignored when a negation sits just before it in the same clause
// ("没有闻到煤气味", "不是漏气"), when the clause says it is over or hypothetical ("上次着火以后", "怕哪天漏电"),
// or when the whole report says the matter is over ("后来找到了", "回访：…已处理", "人冇得事了").
// Round 4: speech-recognition/dialect homophones are normalised first (煤汽, 燃汽, 电题, 店线 …), and the patterns
// were widened with general descriptions of each situation (indirect smells, smoke filling a room, a person inside a
// stopped lift, water on the floor, tingling when touching metal, leaning/sinking structures, "does not answer").

export interface UrgentRule {
  /** Reason shown to staff, in Chinese. */
  reason: string
  patterns: RegExp[]
  /** A clause matching any of these does not count for this rule. */
  unless?: RegExp[]
  /** The text just before a match (same clause, up to 10 characters) must not match this ("物业电话打不通"). */
  unlessBefore?: RegExp
  /** The whole sentence must not match this (a past-time word anywhere in it: "昨天…打得头破血流"). */
  unlessSentence?: RegExp
  /** When set, the rule only fires if the whole text also matches this (e.g. "lives alone" somewhere in the report). */
  context?: RegExp
  /** The rule does not fire when the whole text matches this (臭鸡蛋味 at a garbage station is not gas). */
  unlessText?: RegExp
  /** Round 24: its evidence stands without the scorer's reading of the scene (urgent.ts RULE_NEEDS_URGENCY) — words that
   * no studied writer used of a calm scene, for scenes the scorer has seen too seldom to read. */
  standsAlone?: boolean
}

/** A rule that fired: its evidence, and whether it stands without the scorer. */
export interface UrgentRuleHit {
  evidence: UrgentEvidence
  standsAlone: boolean
}

/** What fired: the reason, the words that matched and the sentence they were in. */
export interface UrgentEvidence {
  reason: string
  matched: string
  sentence: string
}

/**
 * Speech-recognition and dialect homophones of the situation words (煤汽/燃汽 for 煤气/燃气, 电题 for 电梯, 店线 for 电线,
 * 着伙 for 着火, 打假 for 打架 …). Applied before the rules look at a text; only the urgent rules read the result.
 */
export const HOMOPHONES: [RegExp, string][] = [
  [/[煤媒霉]汽|[媒霉]气/g, '煤气'],
  [/[燃然]汽|然气/g, '燃气'],
  [/液化汽/g, '液化气'],
  [/漏汽/g, '漏气'],
  // round 6: "一股没气味" (煤 heard as 没)
  [/(?<=(一股|有股|好大的?|好重的?|好浓的?))没气/g, '煤气'],
  [/电[题提体踢]/g, '电梯'],
  [/[店点垫]线(?=[断掉垂露皮头])/g, '电线'],
  // … but 着 then 活 before an animal or food is "kept alive" ("笼子里关着活狗", "养着活鱼").
  [/着伙|着活(?![鸡鸭鹅鱼虾蟹狗猫兔鸟禽猪羊牛蛇鳝龟物的])/g, '着火'],
  [/起伙/g, '起火'],
  [/失伙/g, '失火'],
  [/(?<=[在又正还])打假|打假(?=了|起来)/g, '打架'],
  [/下水到/g, '下水道'],
  [/(?<=[打通接])电化|电化(?=[打通接])/g, '电话'],
  [/燃起(?=[表管灶阀罐])/g, '燃气'],
  [/违张|违障/g, '违章'],
  // round 10: 电表 / 电闸 heard as 点表 / 点闸 ("点表箱子里湿透了")
  [/点(?=表箱|闸|表(?![扬格示态演达现]))/g, '电'],
  // round 11: dialect 冇得 heard as 冒得 ("屋里冒得水喝了")
  [/冒得(?=(水|电|吃|喝|人|饭|药|办法|气))/g, '冇得'],
  // Round 13: 倒 that reverses a car ("进出都要倒半天车") or empties a bin ("垃圾桶满了都冇得人倒"), and 推 that moves a
  // bike ("大家都往楼上推"), say nothing about a fall, a collapse or a push.
  [/倒(?=(半天|一下|一哈|几下|来倒去|好几把|个)?车)/g, '挪'],
  [/(?<=(垃圾|桶|箱)[^。！？!?]{0,12}(没|冇得|冇|没有|没得)(有)?人)倒/g, '清'],
  [/(?<=(往|到)楼上)推|推(?=(上|到)楼)/g, '搬'],
  // 倒 that pours something out ("从楼上往下倒剩饭", "有人倒了一桶废机油", "往沟里倒垃圾") says nothing about a fall or a
  // collapse: read as 弃 (dumping); water pouring back in (倒灌) or someone falling into water ("倒在水里") is not pouring.
  [/(?<!倾)倒(?=(了|的|掉)?(一|几|半|两|好几|好多|大)?(桶|盆|袋|车|碗|锅|堆|些|点|瓢|缸|盒)?(剩饭|剩菜|饭菜|垃圾|污水|脏水|废水|泔水|洗脚水|洗菜水|机油|废油|废机油|地沟油|油渣|菜油|渣土|砂石|沙子|煤渣|炉渣|粪|尿|茶叶|建渣|建筑垃圾|水(?!里|中|塘|沟|坑|池)))/g, '弃'],
  // … and so is 倒 after the liquid it pours ("拖地的水从阳台往下倒"); a wall or a tree that 往外倒 still falls.
  [/(?<=(水|汤|油|尿)[^，。！？!?,;；墙楼房屋树杆柱 ]{0,8}往(下|楼下))倒(?!灌|塌|下来|了下来)/g, '弃'],
  // Round 24: … and whatever someone 把 … 倒在 a place ("谁家把鱼肚子倒在楼下垃圾桶边上"); a person pushed over is 推倒.
  [/(?<=把[^，。！？!?,;； ]{0,7}[^，。！？!?,;； 推撞打撂摔绊挤踢拽拉扑])倒(?=在|到|进)/g, '弃'],
  // A quilt (被子, 被褥) is not the passive 被 ("晒被子拍打被子灰" tells no one beaten); 被子女 is "by one's children".
  [/被子(?!女)|被褥/g, '铺盖'],
  // A number of four digits or more (a room 1203, a year 2024, a phone number) is one token: the 120 inside 1203 is no
  // ambulance, the 110 inside 1101 no police call.
  [/[0-9]{4,}/g, '#'],
  // Round 21: 恶心 that says disgust ("天天看到 恶心得很", "恶心死了") is no nausea, and spitting (吐痰) is no vomiting —
  // unless the same clause tells dizziness or vomiting ("头晕恶心得很", "恶心得想吐").
  [/(?<!(头晕|头痛|头疼|头昏|胸闷|肚子(疼|痛)|晕)[^，。！？!? ]{0,3})恶心(?=(得|死|人|透|坏)(?![^，。！？!? ]{0,4}(吐|呕|晕)))/g, '膈应'],
  [/吐(痰|口水|槟榔)|随地吐/g, '啐痰'],
  // … two songs or loudspeakers that 打架 are competing, not fighting ("隔着窗户都能听到两首歌打架").
  [/(?<=(歌|曲子|音响|喇叭|音箱|音乐|声音)(在)?)打架/g, '相争'],
  // … a stove's igniter (燃气灶打火) is no spark from a wire, and the household a fire struck is named by it, not burning
  // now ("着火的那家人现在住哪里，我们想捐点东西").
  [/(着火|失火|起火)的那(家|户)/g, '受灾的那$2'],
  [/(?<=(灶|炉|灶台|灶具|打火机|点火器)[^，。！？!? ]{0,2})打火/g, '点火'],
]

/** NFKC and the homophone table. */
export function normalizeForUrgent(text: string): string {
  let out = text.normalize('NFKC')
  for (const [pattern, replacement] of HOMOPHONES) out = out.replace(pattern, replacement)
  return out
}

const NEGATION_BEFORE = /(没有|没|冇得|冇|未|不是|并非|无|不)(闻到|闻见|发现|看到|见到|听到|有|是|什么|啥|再|出现)?.{0,2}$/
/** "是不是漏气" and "有没有煤气味" ask, they do not deny. */
// Round 18: … or 有没 / 有冇 just before an n-gram that starts with 有 ("有没[有人]在东门附近").
const QUESTION_BEFORE = /(是不是|有没有|有冇得|会不会).{0,2}$|(有没|有冇)$/
/** Round 12: news, television and reminders talk about what happens elsewhere ("电视里说电瓶车在屋里充电会起火"). */
const NEWS = /电视(里|上)|新闻|报道/
// Round 12: "别等掉下来砸到人" fears what could happen; 前年 is as past as 去年.
const PAST_OR_HYPOTHETICAL = new RegExp(`${NEWS.source}|(别|莫|不要)等|前年|以后|之后|上次|上回|去年|以前|那次|那回|隐患|演练|演习|模拟|宣传|培训|预防|防范|万一|如果|(?<![主只需])要是|假如|担心|哪天|早晚|免得|以免`)
/** Hypothetical or preventive talk only (collapse: "担心随时会塌" is still a warning that counts). */
const HYPOTHETICAL = new RegExp(`${NEWS.source}|(别|莫|不要)等|前年|以后|之后|上次|上回|去年|以前|那次|那回|隐患|演练|演习|模拟|宣传|培训|预防|防范|万一|如果|(?<![主只需])要是|假如|哪天|早晚|免得|以免|就怕`)
/** A clause that dates the event in the past ("上个月楼道里有煤气味") … */
const PAST_TIME = /(?<![从自])(?:上个?月|上个?星期|上个?礼拜|上周|前日|前天|前晚|前夜|昨夜|前两天|那回|昨天|昨日|昨晚|之前|以前|上次|上回|去年|前年|前段时间|前几天|那次|当时|那天)/
/** … counts only while the report does not say it is over ("后来燃气公司来修了", "已处理", "现在冇闻到了"). */
const RESOLVED = /已(经)?(处理|处置|修好|修复|解决|排除|扑灭|灭了|恢复|联系上|找到)|(已经|已)(被)?(拖|清|运|拉|搬)走|无恙|(处理|修|解决|扑灭|找到|联系上|搞|弄)(好了|过了)|后来.{0,8}(修|处理|灭|找到|联系上|没事)|现在(没|冇|不|已经没|已经冇)(得)?(事|味|闻|烟|漏|问题)|(未|没|冇)(再)?闻到|不再|没事了|虚惊/
/** Long enough ago that flooding then is not flooding now ("上个月…把我屋里淹了"); "昨日" in a grid log is not. */
const FAR_PAST = /上个?月|上个?星期|上个?礼拜|上周|去年|前年|前段时间|前几天|上次|上回|那次/
/** Overrides a past-time word elsewhere in the sentence ("上次说过了，今天…正在打架"). */
const HAPPENING_NOW = /正在|(?<!到)现在|还在|刚刚|刚才|此刻|这会儿|马上/
/**
 * The report says the matter is over, was a false alarm, or is a follow-up note ("后来找到了", "现在冇闻到了",
 * "回访：…", "已处置完毕", "人放出来了", "她人挺好的", "原来是…在熏腊肉").
 */
const RESOLVED_STRONG = new RegExp(
  [
    /后来.{0,8}(修好|处理好|灭了|扑灭|找到|联系上|没事|放出来|救出来)/,
    /(已经|已)(找到|联系上|接通|敲开|扑灭|浇熄|浇灭|解救|被解救|解困|处置完毕|办结)/,
    /现已?(没|冇|无)(得)?(闻到|味|异味|烟|事)|现在(没|冇)(得)?(闻到|味|烟|事)|(已经|已)(没|冇)(得)?(味|异味)了?|味(道)?(已经|已|都)(没|冇|散)(了|有了)/,
    /虚惊一场|(没|冇|冇得)事了|人(都|也)?(没|冇|冇得)事|人(挺|蛮|很|还)?好(的|好的)|身体无恙|无人员伤亡/,
    // Round 23: what was found is cleared away ("有人放置捕鼠夹及不明药饵…已全部清除"); children called down from a roof;
    // someone hurt who has been seen to at a hospital ("他腿摔破哒 去医院包了一下 现在在屋里躺着").
    /(已经|已)(全部|都)?(清除|清理干净|清走)|(去|到|上)(了)?医院(包|缝|看|处理|检查)(了一下|了|过|好了)|(喊|叫|劝)(了)?下来了|(放|救|弄|接|拉)出来了|人(已经)?出来了|敲开了|(修|弄|处理|换)好了|复检合格|处置完毕|办结|(已经|已).{0,6}拆(了|除)|被.{0,6}拆除/,
    /还以为|原来是|一看是|莫担心|别担心|不用担心|(今天|现在|目前)(已经)?(没有|没|冇|冇得)(了|得了)|(已经?|已)(拧|关|修|堵|换)(好|紧)/,
    // round 6: a false alarm or misunderstanding, "no need to come", all is well again, the water has gone, a thank-you
    // or praise note about a past event, "don't worry, she is fine"
    /查清楚了|(一点)?(都|也)?闻不到了|扑灭了|灭了火|(?<![暂尚]|暂时|目前)(没|无)人受伤|(放|救|弄|接|拉)(我|他|她|人|伢|孩子)?出来(了|的(?!水|气))|(现在|目前|如今)(人)?(都)?好好的|和好了|多亏|表扬(哈|一下|一哈)?(他|她)|盖熄|扑熄|(冇得|冇|没)事(?=[，,。 ]|$|就|了)/,
    /(老人|人|她|他|爹爹|婆婆|奶奶|爷爷)(已经)?找到了|后来(发现|才知道|知道|晓得)|(封|装|接|换)好了|(已经|已)换(了|成)|(换|修|弄|关)了就好了|点个赞|(莫|别|不要)派人|误会|误报|谣传|不用(派人|来人|过来|来了)|不需要(派人|来人)|(一切|表|检测|检查)(也|都)?(正常|好)(了|的)?|都好了|属(于)?正常(现象)?|请勿(恐慌|惊慌)/,
    // round 7: a repair finished and checked, the water has stopped
    /(抢修|修复|处置|施工)完毕|(倒是|已经|已)?有人管了|(已|已经)?恢复(通行|正常)|(复查|检查|回访)(无|没有)异常|水(也|都|早|早就|已经|已)(停|止住|关掉?)了/,
    /水(是|已经|已|都)?退了|人是好的|莫着急|别着急|不用着急|(想|要|就是想|得)(表扬|感谢|谢谢)|表扬一[下哈]/,
    // round 9: the person got out after a while, the fallen pieces are cleared away, it has been inspected since
    /人.{0,6}(就|都|早就|已经)出来了|(碎片|碎玻璃|玻璃渣|碎渣|渣子)(也|都|已经|已)?(扫|清理|收拾)(了|掉|走|干净)|(已经|已|都)检查过了/,
    // round 10: an inspection found no sign of danger, the repair is scheduled ("经查看无掉落迹象，已列入本月维修计划")
    /(查看|检查|核实|排查|察看)(后)?.{0,4}(无|未见|没有)(明显)?(掉落|脱落|坠落|倒塌|垮塌|松动|下沉|变形|漏电|漏气|异常)?(迹象|隐患|风险|危险|异常)|列入.{0,8}计划/,
    // Round 24: … found only the surface cracked ("现场查看为面层开裂，无下沉"); the people got out by themselves ("门开了我们
    // 自己走出来的"); the wire strung across was taken back in ("住户已收回电线"); someone much better now ("去年扬言要跳楼，
    // 现在跟女儿住，好多了").
    /(查看|检查|核实|察看|鉴定)(后)?[^。！？!?]{0,4}(为|是|系|属)(面层|表面|抹灰层?|粉刷层?|装饰层)(开裂|裂缝|裂纹|起皮|脱落)|(自己|自行)(走|爬)出来(了|的)|(已|已经)(收回|撤回|撤掉|拆下|取下|收走)(了)?(电线|线|插线板|插排)|(现在|如今|目前)[^。！？!?]{0,8}(好多了|好些了|开朗多了|稳定多了)/,
    // … found it stable and keeps watching; someone visited is well; the smoke or smell has cleared
    // (round 11: "放出来的水" is tap water, nobody let out)
    /(目前|现)(状态)?稳定|继续(每月|定期)?(监测|观察)|(精神|身体)(状态)?(良好|不错|挺好)|(烟|味)(道)?(也|都|已经|已)?散(了|掉了|完了)/,
    // round 11: a grid note on a handled event ("电梯困人已处置，被困人员无恙"); the remains were taken away
    /已处置(?!中)|人员(均|都)?(无恙|平安|安全)|(已经|已)(被)?(拖|清|运|拉)走(了)?/,
    // … a recheck found nothing ("今日复查未闻到异味"), an inspection found it sound ("经入户检查承重尚可，无松动")
    /(复查|复检|复核|回访)(时|后)?[^，。！？!?]{0,4}(未|没有|没|冇)(再)?(闻到|发现|见到|看到)|(检查|查看|核实|排查)[^。！？!?]{0,10}(尚可|良好|牢固|稳固|无松动|未松动|无异常)/,
    // round 12: the smell was traced and is gone ("煤气味查了，是饭店排风排的，已经没了"); the reporter only thought so
    // ("我以为漏气了…现在好了")
    /查(了|过了|清楚了)[，, ]?(是|原来是)|(味|烟)[^。！？!?]{0,20}(已经|现在|早就)(都)?(没|冇)(得)?了|我以为[^。！？!?]*(后来|原来|结果|其实)|现在(都|已经)?好了/,
    // round 19: a fight already broken up with the police there ("保安已经拉开,警察也到了"); a false alarm explained
    // ("是水箱开锅了，不是着火", "那股味是…熬中药 不是煤气" — three training writers wrote 不是煤气(味)); the cause asked
    // and found ("问了是隔壁小区在烧落叶"); a base found firm ("倾斜约15度，底座牢固")
    /(拉开|劝开|分开|制止|控制住|制服)(了)?[^。！？!?]{0,12}(警察|民警|公安|派出所)[^。！？!?]{0,4}(也|都|已经|已)?(到了|来了|到场|赶到)|(警察|民警|公安)(也|都|已经|已)?(到了|来了|到场|赶到)[^。！？!?]{0,12}(拉开|劝开|分开|制止|控制住|带走)/,
    /(?<!是)不是(着火|起火|失火|火灾|漏气|漏电|煤气|燃气|天然气)|问(了|过)(一下)?[，, ]?(是|原来是|才知道是)|一问(才知道)?是|(底座|基础|根部|地基)(还)?(牢固|稳固|完好)/,
    // Round 20: a quarrel calmed down ("现已平息"); a gas smell checked and no leak found ("经燃气公司检测无泄漏"), unless the
    // reporter goes on that it is still there
    /(现已|已经|已)平息|(检测|检查|测|查看|核实|确认|已查|查了)(过|了)?(后)?[，, ]?[^，。！？!?,]{0,8}(无|没有|未见|未发现|不)(泄漏|漏气|漏)(?!电)(?![^。！？!?]{0,12}(但|可|还是|仍))/,
    // … or the police or an ambulance came afterwards ("后来救护车来了警察也来了"); round 24: the police came and everyone
    // is gone ("民警到场后已散"); the smoke stopped ("现已不冒烟").
    /后来[^。！？!?]{0,10}(警察|民警|公安|救护车|120|消防)[^。！？!?]{0,6}(来了|到了|赶到|拉走)|(警察|民警|公安|派出所)[^。！？!?]{0,4}(到场|赶到|来了|到了)(后)?[^。！？!?]{0,4}(已|都|就)(散|散去|散了|离开|走了)|现(在)?(已|已经)?(不|没|没有|冇)(再)?冒烟/,
  ]
    .map((r) => r.source)
    .join('|'),
)
/**
 * Round 19: a defect watched and not growing ("裂缝未扩大…持续观察"), or there for years and judged sound ("住户称已存在多年,
 * 目测无倾斜"), or a nuisance that has lasted weeks (round 20: "已持续一周") — unless the report tells it changing now or
 * reaching someone (GETTING_WORSE_NOW; round 20: or making someone ill).
 */
const LONG_STANDING_SOUND = /持续(观察|监测|关注)|(已)?持续(了)?(一|两|三|几|[0-9]+)(个)?(周|星期|礼拜|月|年)|(未|没有?|冇)(再)?(明显)?(扩大|发展|加宽|加剧)(?!前)|(已|已经)?存在(了)?(多年|好多年|很多年|几十年|好几年)|目测(无|未见|没有)(明显)?(倾斜|变形|异常|松动|裂缝)|列入[^。！？!?]{0,8}台账|(仍为|仍是|依然是)[0-9一二三四五六七八九十几.]+(毫米|mm|厘米|公分)|无(明显)?变化|未见(明显)?(变化|鼓胀|位移|扩大)/
const GETTING_WORSE_NOW = /头晕|头痛|头疼|恶心|呕吐|喘不|今天|今早|昨晚|昨夜|刚才|刚刚|突然|越来越|又(宽|大|裂|掉|塌|沉|歪)|扩大了|在扩大|变宽|变大|仍在|还在|正在|掉(下|了|渣)|砸|塌了|倒了|伤|有人/
/** A report that is a follow-up or a case note on something handled ("回访：…", "情况说明…"). */
const FOLLOW_UP_LEAD = /^(回访|复查|复核|跟进|情况说明|情况报告|回复)|^.{0,16}?(回访|复查|复核|跟进|情况说明)[：:]/
/** A switch to the point of the report: a resolution said before it is about the background matter
 * ("上回说的X已经修好了，这次是…着火了"). */
const TOPIC_SWITCH = /这次是|这回是|今天主要|现在主要|主要反映|主要是|要说的是|想说的是|想反映的是|要反映的是|另外|还有就是|现在是|(现在)?有(个|件)急事|说正事|先不说了|还有个事/g

/** Where the point of `text` starts: the end of the last topic switch before `limit` (0 when there is none). */
export function lastSwitchEnd(text: string, limit = text.length): number {
  let end = 0
  for (const match of text.matchAll(TOPIC_SWITCH)) if (match.index! + match[0].length <= limit) end = match.index! + match[0].length
  return end
}

/**
 * Round 6: the part of the report that `position` belongs to, from the start of its sentence (or a topic switch in
 * it) to the next topic switch — what is said there about the evidence ("上周我卡在电梯里头…一直等到修电梯的来，我要
 * 谢谢你们"); a matter closed in an earlier sentence ("上次说的楼道灯已经修好了，谢谢。现在有个急事…") is not part of it.
 */
function partFrom(text: string, position: number, fromSentence = true): string {
  let from = 0
  if (fromSentence) for (const match of text.slice(0, position).matchAll(/[。！？!?\n；;]/g)) from = match.index! + 1
  let to = text.length
  for (const match of text.matchAll(TOPIC_SWITCH)) {
    if (match.index! <= position) from = Math.max(from, match.index!)
    else {
      to = match.index!
      break
    }
  }
  return text.slice(from, to)
}

/**
 * Whether the part of the report holding `position` says the matter is over, a false alarm or a thank-you note.
 * `fromSentence: false` (the learned scorer, whose evidence is spread over the text) looks back to the last topic switch.
 */
export function resolvedAround(text: string, position: number, fromSentence = true, hazard = false): boolean {
  let part = partFrom(text, position, fromSentence).replace(HEARSAY_ALL_CLEAR, '')
  if (hazard) part = part.replace(PERSON_ALL_RIGHT, '')
  return (RESOLVED_STRONG.test(part) && !STILL_BURNING.test(part)) || (MADE_SAFE.test(part) && AWAITING_REPAIR.test(part) && !STILL_EXPOSED.test(part)) ||
    (LONG_STANDING_SOUND.test(part) && !GETTING_WORSE_NOW.test(part))
}
/**
 * Round 13: a hazard made safe and waiting for its repair — cordoned off, switched off, covered ("线缆外露，经供电所确认
 * 已断电，已设警示，需恢复盖板", "路面塌陷坑…已设简易警示，需市政修补"): the note is a repair order. Only "已…" counts
 * (or moved out of the way: "护栏被撞倒…已移至路边，需市政恢复"; "暂无围挡" says the opposite), only with a repair to schedule ("待维修", "需…修补") — a cordon with "请…立即处置" is
 * an emergency being handed over — and not while people are still exposed or it is still getting worse.
 */
const MADE_SAFE = /(已|已经)(经)?(设置?|拉|放|摆|竖|立|加|围|做)(了|好|起)?(简易|临时)?(的)?(警示|警戒|围挡|围栏|护栏|隔离|锥桶|路障|提示牌|安全提示)|(已|已经)(自行|及时|先)?(断电|停电|切断电源|断开电源|拉闸|关(闭)?(了)?(总)?(阀|闸)|封闭|封堵|围起来|盖(上|好|住)|遮盖)|(已|已经)(被)?(移|挪|搬|拖|清)(至|到|开|走)/
const AWAITING_REPAIR = /待[^，。！？!?]{0,6}(维修|修|更换|处理|拆除|清理|填|补)|需(要)?[^，。！？!?]{0,4}(修补|恢复|更换|维修|修复|补上|换)|(已)?报(物业|修)|列入|安排[^，。！？!?]{0,4}(修|维修|处理|更换)|(下周|明天|改天|近期|择期)[^，。！？!?]{0,3}(来)?(修|维修|处理|更换)/
const STILL_EXPOSED = /立即|立刻|马上|紧急|急需|速|抢修|撤离|疏散|劝离|带电|放电|漏气|泄漏|下方|下面|底下|增大|人流|不明|仍|还在|还有人|正在|被困|困(在|住)|有人|(内|里)[0-9一二两三几]+(人|名)|受伤|倒地|昏迷|出血|流血|暂无|照常|随时|越来越|扩大|加剧|继续(往|下|塌|冒|漏|扩|裂)|(有|几)(个|名)?(人|小孩|伢|老人|学生)(在)?(旁边|附近|围观|下面|底下)/
/** Round 12: the flames are out but it still smoulders or smokes ("明火已扑灭，仍有阴燃冒烟"): not over. */
const STILL_BURNING = /(仍|还)(有|在)?[^，。！？!?]{0,4}(阴燃|冒烟|复燃|火苗|明火|烟)|复燃/
/** Round 10: someone else's "没事" that the reporter does not believe ("施工队说没事，我们不敢住") closes nothing. */
// Round 22: … nor one while the harm goes on ("物业说没事,现在还有人在接水煮饭"). Round 24: … nor one the reporter scorns
// ("食堂的人还说没事，麻烦赶快来看看").
const HEARSAY_ALL_CLEAR = /(说|讲|称|认为|觉得)(没事|没问题|不要紧|不碍事|冇得事|冇事)(?=[^。！？!?\n]{0,14}(但|可|不敢|不放心|还是|根本|害怕|怕|现在还|还有人|还在|仍(在|有)))|(?<=(还|居然|竟然|硬|偏)(要)?)(说|讲|称)(没事|没问题|不要紧|不碍事|冇得事|冇事)/g
/**
 * Round 10: the person caught by a hazard got out or is fine ("脚卡进去了，我们几个拉出来的"), but the hazard that caught
 * them (a cover still flipped up, a ceiling still hanging) is still there: for hazards this does not close the matter.
 */
const PERSON_ALL_RIGHT = /(放|救|弄|接|拉|扶)(我|他|她|人|伢|孩子|老人|婆婆|爹爹)?(出来|起来|上来)(了|的)|人(都|也)?(没|冇|冇得)事|(没|无)人受伤|人是好的|人(挺|蛮|很|还)?好(的|好的)|人.{0,6}(就|都|早就|已经)出来了|(自己|自行)(走|爬)出来(了|的)/g


/** Round 23: a smell, not water, that pours into a home ("窗户底下就是下水道口，这几天一股臭味往屋里灌"). */
export const SMELL_POURS_IN = /(味|臭气|气)(儿)?往.{0,8}(家|屋|户|房间|一楼|卧室|客厅|厨房)里?(灌|涌|冒|钻|飘|窜|冲)/

/** A report that opens as a suggestion talks about what could happen, not what is happening ("建议每栋楼装烟感…"). */
const SUGGESTION_LEAD = /^(我|我想|我港个|我说个|我提个|提个|说个|我有个|有个)?(小)?(建议|提议|提个建议)/

export const GAS_WORD = /煤气|燃气|天然气|液化气|管道气|气罐|煤气罐|液化气罐|气瓶/

/** "Does not answer": the phone, the door, no sound (the evidence that an elderly person cannot be reached). */
const UNANSWERED = /联系不上|打不通|(没|冇|未)(有|得)?打通|没人接|冇人接|冇得人接|无人接听|(没|冇|不)接电话|电话.{0,3}(也|都|一直|还)?(没|冇|不)(人)?接|(一直|都|也|还|今晚|今天)不接|(没|冇|无)(得)?(人)?(回应|应答|应门|应声|开门|答应)|(没|冇|无)(得)?人应|敲.{0,6}(没|冇|不)(得)?(人)?(应|开|反应|回应|动静|声音)|叫不开|喊不应|叫不应|(没|冇)(得|有)?(反应|动静|声音)了?|失联|手机关机|门(都|也|还)?(没|冇|冇得)开|(喊|叫|敲|问)(他|她|了|门)?.{0,4}(他|她)?(没|冇|冇得|不)(应|答应|理|开门)|门(也|还|都)?(反锁|从里面锁|从里面(挂|扣|插|拴)(着|了|上)?(链条|链子|插销|门栓|门闩))/
/** Not seen for days. */
const NOT_SEEN_FOR_DAYS = /(两|三|四|五|几|好几|一|连续|多|整整|[0-9]+)(天|日).{0,6}(没|冇|未|冇得)(见|看到|看见|出门|出来|下楼|露面|开门|开灯|动静|人影|消息|接)/
/** An old person, named in everyday words. */
export const ELDERLY = /老人|老太太|老奶奶|老爷爷|老头|老太|爹爹|婆婆|太婆|奶奶|爷爷|大爷|大妈|阿婆|外婆|外公|姥姥|姥爷|[七八九]十(多|几|好几)?岁/
/** Signs that something is wrong besides the silence (round 6): deliveries piling up, a smell, family far away. */
const SIGN_OF_TROUBLE = /(报纸|牛奶|外卖|垃圾|快递|信件).{0,6}(堆|没拿|冇拿|冇提|没提|没收|冇收|没取|冇取)|(有|一)股(味|臭)|儿女(都)?(在|不在)外地|子女(都)?(在|不在)外地|(两|三|几|好几)天(都)?(没|冇)(看到|见|下楼|出门)|每(天|次)都.{0,10}今天|(两|三|几|好几)天.{0,6}(声音|动静).{0,4}(都)?(冇得|没有|没)|(碗|饭|菜).{0,6}(还是|都是)(前天|昨天)/

/** Round 7: things fixed up high that can come down (a wall unit, a sign, a window, facing tiles, eaves, a balcony …). */
const OVERHEAD_OBJECT = /外机|空调|挂机|招牌|广告牌|灯箱|门头|牌子|指示牌|指路牌|路牌|标牌|花盆|花架|窗户|窗框|窗扇|窗子|玻璃|幕墙|瓷砖|外墙砖|墙砖|保温板|保温层|装饰条|装饰板|雨棚|雨搭|遮阳棚|屋檐|房檐|檐口|瓦|防盗网|防盗窗|晾衣架|衣架|水箱|太阳能|树枝|树杈|枝子|吊篮|钢管|彩钢瓦|彩钢板|铁皮|栏杆|护栏|阳台|女儿墙|水泥块|混凝土|墙皮|吊顶|顶板|灯杆|路灯|线杆|电线杆/
/** … that has come loose, hangs or tilts. */
const LOOSE_STATE = /松动|松了|松脱|脱开|脱落|脱离|脱了|掀开|掀起|翻开|耷拉|下垂|往下垂|往下坠|往下耷|下坠|垂下来|吊着|吊在|悬着|悬在|挂着|挂在|歪|斜|倾|晃|摆|翘起|翘了|断了|断裂|锈断|锈穿|裂了|裂开|开裂|变形|鼓起|往外(倒|翻|鼓|突|凸)|要掉|快掉|往下掉|掉了(一|两|几|好几)/
/** … over a place where people are ("底下就是人行道", "下面全是买菜的人", "楼下是幼儿园门口"). */
const BELOW_IS_PEOPLE = /(下面|底下|下边|下头|楼下|下方|正对着?|对着)(就|正好)?(是|有|停|全是|都是|好多|很多|人|经常|天天|每天)|正对着?(楼下|下面|底下|路|门口|大门|人行道|过道|通道)|(人|车|小孩|伢|学生)(来来往往|来往|进进出出|进出|过来过去|走来走去)|人来人往|人(很|好|蛮|特别)多|行人(较|很|好)?多/
/** Round 7: the ground that can give way. */
const GROUND = /路面|地面|路基|马路|公路|道路|车道|人行道|行车道|机动车道|非机动车道|路边|路口|巷子|地坪|广场|空地|停车场|院子|院坝|河堤|堤岸|坡|土坡|山坡|挡土墙|地基|地下|地砖下面|地底下|井盖周围|井盖四周|路(?=[上中间边])/
/** Round 7: what is above a room: water comes down through it. */
const CEILING = /天花板|吊顶|顶棚|楼板|屋顶|房顶|顶上|顶板|灯座|灯口|灯线|灯那里|楼上的?水|楼上(人家|那户|那家)?.{0,8}(爆|破|漏)/

/** Round 7: how bad a hole in the ground is — what turns a pothole into ground giving way. */
const GROUND_SEVERE = /突然|一下子|忽然|猛地|还在|越来越|一直在|变大|扩大|加宽|变深|好深|很深|深不见底|[0-9一二两三四五几半]+(多)?米(多)?深|一米多|好大|很大|大坑|大洞|一大(块|片|截)|整(块|片|段|个|条)|(掉|陷|栽)(进|下)去|掉进|空洞|空的|掏空|水流声|往外(冒|喷|涌)|冒水|喷水|裂开|开裂|裂了|裂口|裂缝|[条道](大)?缝|缝(越来越|好|很|蛮)|鼓起|鼓包|鼓出|错开|歪了|歪倒|倒了|倒塌|要倒|滑坡|往下滑|在滑|不敢|险些|差点|封闭|围起来|围挡|管制|绕(着)?走|危险|塌方/
/** … and what says it is not urgent: small, shallow, someday, already filled, a question about normal settling. */
const GROUND_NOT_URGENT = new RegExp(HYPOTHETICAL.source + '|会不会|有点|有一点|一点点|一小块|小坑|几(厘米|公分)|轻微|正常(沉降|现象)|鉴定过|填(平|好|上)|修(平|好)|坑坑洼洼|坑洼|补丁|地铁站|股市|房价|头发丝')

/** Nobody is inside the lift ("没有人被困", round 11: dialect "冇关人"). */
// Round 15: a grid note's 未 denies as 没 does ("电梯运行时异响，未困人").
const NOBODY_IN_LIFT = /(没|冇|没有|无|未)(有)?人(员)?(被)?(困|关|卡|在里)|(没|冇|无|未)(有|得)?(困|关|卡)(到|住|着)?人/
/** Round 11: a clause told as past ("前天被关在电梯里四十分钟，…") that does not say it lasts until now (round 24: or today). */
const PAST_IN_CLAUSE = new RegExp(`^(?![^]*(到现在|还在|现在|至今|一直|今天))[^]*(${PAST_TIME.source})`)
/** A broken phone, a worry, someone who wandered off; round 11: a future "if I cannot reach her" (以后打不通电话…帮忙看看)
 * is a request, not an old person unreachable now. */
const NOT_UNREACHABLE_NOW = /手机坏了|万一|哪天|担心哪天|走丢|以后|如果|假如|要是|的话/

/**
 * Round 18: a lead strung from a window or a balcony to charge an e-bike (飞线充电), told without a spark, burning, water,
 * a break or a bare wire (a feared 漏电 is no leak): a matter to stop, not a live wire now. Shared with the scorer.
 */
/** Round 18: a window pane broken inside a stairwell ("楼道的窗户玻璃碎了好几块…碎玻璃悬在窗框上"), over nobody told. */
export const STAIRWELL_PANE_ONLY = /^(?![^]*(楼下|下面|底下|下方|行人|路人|人行|砸|掉下|往下掉|掉(到|在)|伢|孩|学生|随时))[^]*(楼道|楼梯间|楼梯口|走廊|过道)[^。！？!?]{0,4}窗[^。！？!?]{0,4}玻璃/
/**
 * Round 18: the person not seen answered after all or is known to be safe elsewhere ("刚才去敲门她开了", "说是住院了在一医");
 * a carer in hospital who leaves someone alone is not this.
 */
/** Round 19: a drainage ditch's side fallen in ("院子后头那个排水沟…塌了一截"), with no building and nobody named near it. */
const DITCH_ONLY = /^(?![^]*(房子|房屋|墙|楼|梁|柱|屋顶|阳台|台阶|楼梯|人|伢|孩|老人|学生|车))[^]*(排水沟|水沟|阴沟|明沟|沟渠|边沟)/
/**
 * Round 19: a repair asked for before the trigger comes ("歪得厉害…趁现在没刮风早点修一下"), with nothing moving or falling
 * now and nobody named under it: what could happen, not what is happening. Round 24: … or to keep the wind from bringing it
 * down ("太阳能热水器支架倾斜…诉求：检修加固，防止大风吹落").
 */
export const BEFORE_THE_TRIGGER = /^(?![^]*(正在|越来越|随时|马上|砸|掉下|倒了|倒下|断了|裂开|伢|孩|小孩|学生|老人|有人))[^]*(趁[^，。！？!?]{0,4}(没|冇|未)|(防止|以防|免得)[^，。！？!?]{0,4}(大风|台风|刮风|下雨|暴雨|雨季|汛期))/
// Round 19: … or taken in by family and well ("老人已被接去女儿家居住，情况正常").
export const ANSWERED_AFTER_ALL = /(敲门|去看|上门|去找|喊)[^。！？!?]{0,6}(她|他|老人|人)?(就)?(开了|开门了|开门(称|说)|应了|答应了|出来了)|说是?(在)?(住院|在医院|去了(女儿|儿子|亲戚|闺女)|回老家)(?![^。！？!?]*(一个人|独自|没人|冇人|无人))|(被)?(接去|接到|接走)(了)?[^，。！？!?]{0,3}(女儿|儿子|亲戚|闺女|子女|家人|养老院)[^。！？!?]{0,8}(情况正常|平安|无恙|没事|挺好)/
/** Round 18: a communications cable (通信线缆, 光缆, 网线) that caught nobody carries no mains current; round 19: shared with the scorer. */
export const COMMS_CABLE_ONLY = /^(?![^]*(挂倒|绊倒|挂到|刮到|勒|缠住|横在|拦在|电动车|行人|人))[^]*(通信|光缆|光纤|网线|电话线|宽带线|有线电视)/
export const CHARGING_LEAD = /^(?![^]*(火花|火星|冒烟|着火|起火|烧|焦|打火|触电|电到|发麻|(?<!怕|担心)漏电|泡|淋|湿|断|裸|露|破))[^]*((拉|吊|牵|扯|放|垂|挂|接)[^。！？!?]{0,16}充电|飞线|充电[^。！？!?]{0,6}(线|电线)|充电[^]{0,16}(从|往)[^，。！？!?]{0,4}(窗|楼上|楼下)[^，。！？!?]{0,6}(拉|吊|牵|扯)|灯串|彩灯|灯带)/

/**
 * Round 19: a stove, a brazier or a stall's coal fire doing its ordinary work (煤炉, 炭盆, 熏腊肉), with nothing on fire, no
 * gas fitting and nobody overcome: a matter of smoke, not a fire. The stove itself must be named — a breakfast stall or
 * cured meat only near the smoke is no stove (leave-one-writer-out lost a smoking transformer "下面就是早点摊" and a
 * firework in hanging 腊肉 to those words). Clause-scoped in the fire rule; the whole text for the scorer.
 */
/** Round 21: the sparks of welding or grinding at work ("一天到晚电焊…火星子乱溅"), with no wire, socket or burning named. */
/** Round 22 (shared with the scorer): the reporter says no wire is exposed ("里面冇看到电线露出来"). */
export const WIRE_NOT_EXPOSED = /(没|冇|没有|冇得|未)(看到|见到|发现)?(有)?(电线|线头|线)?(裸露|外露|露出|露在外)/
/** Round 24: wires of a meter taken out of use and switched off ("内部几根旧线头外露（废弃旧表，已断电）"), with no smoke, spark,
 * shock or water told. */
export const WIRE_SWITCHED_OFF = /^(?![^]*(冒烟|火花|火星|着火|起火|(?<!担心|怕)触电|电到|倒地|发麻|麻了|泡|积水|水里|淋))[^]*((已|已经)(断电|停电)|废弃(的)?(旧)?(电表|表|线|线路|电线|线头))/
export const WELDING_ONLY = /^(?![^]*(电线|线头|接线|线路|电缆|插座|插头|插板|配电|电箱|电表|触电|被电|电到|麻|冒烟|着火|起火|烧|焦))[^]*(电焊|焊接|焊东西|切割|打磨|砂轮)/
export const STOVE_AT_WORK = /^(?![^]*(着火|起火|失火|火苗|明火|冒火|烧起来|火光|蹿|引着|烧着|点着|着了|爆|晕|昏|中毒|叫不醒|喊不醒|液化气|煤气|燃气|气罐|阀))[^]*(煤炉|炉子|蜂窝煤|煤烟|炭盆|火盆|烤火|熏腊|熏肉|生炉|烧烤|烟囱)/

export const urgentRules: UrgentRule[] = [
  {
    reason: '燃气泄漏',
    patterns: [
      /(煤气|燃气|天然气|液化气|瓦斯)的?(味|气味|异味|泄漏|泄露|漏了|在漏|跑出来)/,
      /漏气|跑气/,
      /(闻到|闻见|一股|有股|好大的|好重的|很重的|很浓的|蛮大的|像是?(那个)?).{0,6}(煤气|燃气|天然气|液化气|管道气)/,
      /(燃气|煤气|天然气|气)(表|管|灶|阀|罐|瓶).{0,6}(嘶嘶|呲呲|滋滋|哧哧)/,
      /(嘶嘶|呲呲|滋滋)(响|的声音|地响).{0,10}(味|臭)/,
      /(燃气|煤气)报警器.{0,4}(响|叫|报警)/,
      /(挖断|挖破|撞断|压断|弄断|撞坏)(了)?(一根)?(燃气|煤气|天然气)(管|管道)/,
    ],
    unless: [/轮胎|车胎|气球|打气|充气|万一|如果|担心|哪天|隐患|宣传|预防|演练|安全检查|燃气费|气费|报警器(?!.{0,4}(响|叫))/],
  },
  {
    // Gas mentioned anywhere in the report, and a smell or leak described in other words ("屋里一股味，像是管道气",
    // "阀门疑似泄漏", "管子好像在漏", "火关了还是有股味道", "味道越来越大").
    reason: '燃气泄漏',
    patterns: [
      /(疑似|好像|可能|像是|一直|还在)?(泄漏|泄露|在漏|漏了)/,
      /(往外|一直|还在|在)(冒|喷|呲|嗤|漏)气/,
      /(有股|一股|有一股|有|股)(怪)?(味|味道|异味|气味)|刺鼻|浓烈|(味|味道).{0,4}(越来越|好|很|蛮|特别|太)(大|重|冲|浓)|臭烘烘|(嘶嘶|呲呲|滋滋)/,
    ],
    context: GAS_WORD,
    unless: [/轮胎|车胎|气球|打气|充气|万一|如果|担心|哪天|隐患|宣传|预防|演练|安全检查|燃气费|气费|油烟|烧烤|垃圾|厕所|下水道|漏水|渗水/],
  },
  {
    reason: '燃气泄漏',
    patterns: [/臭鸡蛋/],
    unlessText: /垃圾|粪|厕所|化粪池|臭水沟|下水道|下水井|污水井|窨井|井盖|死老鼠|苍蝇|鸡蛋坏|坏鸡蛋/,
    unless: [/万一|如果|担心|哪天|宣传/],
  },
  {
    reason: '起火冒烟',
    patterns: [
      // round 12: 冒火 ("外机冒火了"), not sparks (冒火花) nor anger (气得冒火)
      /(?<!气得)冒火(?!花|星)|着火|起火|失火|火灾|冒(黑|白|浓)?烟|浓烟|黑烟|烧起来|烧着了|着了火|火苗|明火|火光|火越来越大|火势|着起来了?/,
      /(楼道|屋里|家里|楼里|厨房|房间|楼上|楼下|车库|地下室|楼梯间?)(里头|里面|里边|里|内)?(有|全是|都是|好多|一屋子?)烟/,
      /(一屋子?|满屋子?|一楼道|满楼道|一走廊)(的)?烟(?!味)|(全|都)是烟(?!味)|烟.{0,4}(往外冒|冒出来|封住|封死|灌进|涌出)/,
      /(好大|好浓|很大|很浓|蛮大)的烟|烟(好大|很大|蛮大|好浓|很浓|越来越大)|烟雾弥漫|呛得?(人)?(受不了|喘不过气|睁不开)|眼睛都睁不开/,
      /火(蛮|很|好|特别|越来越|已经|越烧越)大|(正在|还在|一直在)(往上|往外)?烧|烧到.{0,8}(上|去|来)|(被子|衣服|窗帘|柴|草|车|房子|棚子|纸箱)(烧)?着了/,
      /(电动车|电瓶车|电瓶|电池|插座|插线板|电线|电表箱|配电箱|配电房|空调|油锅|油烟机|抽油烟机).{0,6}(着了|烧了|烧起来|冒烟|炸了|爆炸|起火|燃起来|着起来)/,
      /爆炸|爆燃|烧焦的?(味|气味)|焦糊味|火警(铃|警报)?.{0,4}(响|叫)|(蹦|冒|溅)火星/,
      // round 13: a grid note's word for a fire going on ("小区内有火情，消防车无法进入"); not the fear that goes with a
      // blocked fire lane ("一旦发生火情后果不堪设想")
      /(?<!(一旦|万一|如果|若|要是|假如|防止|避免|以免|一有|遇到|遇))(有|发生了|出现了|突发)火情(?![^，。！？!?]{0,8}(怎么办|咋办|后果|不堪|隐患|进不去|来不及))/,
    ],
    unless: [PAST_OR_HYPOTHETICAL, FAR_PAST, /烧黑|烧过的|烧毁的|烧坏的|打火机|抽烟|吸烟|烟头|炊烟|香烟|烟花爆竹.{0,4}(禁|管)|油烟|烟熏火燎|会不会|怕|电焊|烟感|灭火器|烧烤|每天|天天|每晚/,
      // Round 19: a stove, a brazier or a stall's coal fire at its ordinary work ("卖早点的,煤炉子一大早就在冒烟", "还在烧炭盆"):
      // smoke that belongs to a trade or to heating, nothing on fire and nobody overcome in the clause.
      STOVE_AT_WORK],
  },
  {
    reason: '电梯困人',
    patterns: [
      /(困|关|卡|锁)在.{0,4}(电梯|轿厢)/,
      /被困电梯|电梯困人|电梯关人|电梯(里|内)(有人)?被困/,
      /(电梯|轿厢).{0,20}(困人|困住|被困|被关|关了?.{0,3}人|关人|出不来|喊救命|里面有人|里头有人|人在里面|人在里头|还在里面|还在里头|关在里面|关在里头|卡在里面|卡在里头)/,
      /(电梯|轿厢).{0,12}(里面|里头|里边)(还)?(关|困|卡)?(了|着)?有?个?(孩子|伢|小孩|老人|人|一个|两个|我)/,
      /(电梯|轿厢).{0,24}(人|妈|爸|爷|奶|婆|爹|孩子|伢|娃|老人|学生|女儿|儿子|孙子|孙女|宝宝|他|她|我)(还)?(在|关在|困在|卡在)(里面|里头|里边)/,
    ],
    unless: [NOBODY_IN_LIFT, PAST_IN_CLAUSE, /还好没|幸好没|好在没|哪天|万一|怕|如果|假如|要是/],
  },
  {
    // The lift is named somewhere in the report and this sentence puts a person inside it ("里面还关了个…",
    // "里面有三个人在喊", "内有一名老人", "我现在就在里头", "坐电梯…到半路就不动了", "卡住了有人").
    reason: '电梯困人',
    patterns: [
      /(里面|里头|里边|(?<![楼区院栋])内)(还|已经)?(关|困|卡)?(了|着|有)?(个|一个|两个|三个|几个|[一二三四五两几0-9]+(名|个|位))?(?:(?!没|冇|无|不|户).){0,4}(人|伢|孩子|小孩|小伙子|老人|老太太|老头|婆婆|爹爹|孕妇|居民|学生|阿姨|叔叔|奶奶|爷爷|乘客)/,
      /(里面|里头|里边|内)(还)?有?.{0,6}(在)(喊|哭|叫|拍门|敲门|呼救)/,
      /(困|关|卡)(了|着|有)(个|一个|两个|三个|几个|[一二三四五两几0-9]+(名|个|位)).{0,8}(人|伢|孩子|小孩|小伙子|老人|老太太|老头|婆婆|爹爹|孕妇|居民|学生|阿姨|叔叔|奶奶|爷爷|乘客)/,
      /有人(被)?(困|关|卡)(在|住|了|电梯|轿厢)|卡住了?.{0,2}有人|(我|他|她)(现在)?(就)?(被困)?在(电梯)?(里面|里头|里边)/,
      /(坐|乘|搭)电梯.{0,12}(不动了|停了|停住|卡住|卡了|停在)/,
      // round 6: went into the lift and it stopped; someone is in there crying or calling
      /(进|进了|进去|上了)(电梯)?.{0,12}(就|突然)?(不动了|停了|停住|卡住|卡了|就停)/,
      /(人|伢|孩子|小孩|老人|婆婆|爹爹|宝宝|婴儿|我妈|我爸|奶奶|爷爷|保姆)(还)?(在|关在|困在|卡在)(里面|里头|里边)/,
    ],
    context: /电梯|轿厢/,
    unless: [NOBODY_IN_LIFT, PAST_IN_CLAUSE, /还好没|幸好没|好在没|哪天|万一|怕|如果|假如|要是|经常|抽烟|广告|合格证|年检/],
  },
  {
    reason: '污水或积水进入住户家中',
    patterns: [
      // Round 18: inside one clause ("粪水漫至通道，影响约30户出行" reaches a passage, not the households).
      /(污水|脏水|积水|雨水|粪水|臭水|洪水|水).{0,8}(灌|涌|漫|冒|淹|冲|倒灌|流|溢|淌)(进|到|入|至)[^，,。；;]{0,8}(家|屋|户|室内|房间|客厅|卧室|一楼|书房)/,
      // seepage alone is a neighbour matter ("楼上漏水渗到我家"); a lot of water seeping in is flooding
      /(大量|好多|很多|大股)的?(积水|污水|脏水|水).{0,4}渗(入|进|到|至)/,
      /(地面|地上|屋里|室内|家里)积水.{0,3}[0-9一二三四五六七八九十几半]+(厘米|公分|寸|尺)/,
      // Round 18: … or sprays into a room ("水直接往我家卧室里喷").
      /(水|粪|污|雨).{0,10}往.{0,8}(家|屋|户|房间|一楼|卧室|客厅|厨房)里?(灌|涌|流|冒|漫|喷)/,
      // round 6: sewage welling up from the toilet or floor drain into the flat; the whole room; households flooded
      /从.{0,10}(厕所|卫生间|地漏|马桶|下水口|下水道|水池).{0,6}(冒|涌|漫|返|喷|翻)(出)?.{0,3}(污水|脏水|粪水|黑水|水)/,
      /(整个|一)屋(子)?(都是|全是)(水|污水|脏水)?|(户|家|屋)(人家)?(已经|都)?进水/,
      /(家|屋|客厅|卧室|房间|一楼|住户)里?.{0,3}被?淹|水淹(到|进)?.{0,2}(家|屋)|倒灌|进水了|泡在水里|泡水了/,
      /(漫|淹|涌|灌)(到|进)?(了)?(客厅|卧室|房间|屋里|家里|屋内|室内)|淹(了|到)?(我|他|她|人)?(家|屋)/,
      /(流|漫|灌|涌|冲|溢|淌)(进|到|入)了?.{0,5}?(家|屋|户|客厅|卧室|房间|书房|厨房)/,
      /(天花板|灯座|吊顶|楼板|屋顶|顶上|房顶).{0,3}(往下|向下)(流|灌|淌|冒|浇)/,
      /(污水|脏水|粪水|臭水|黑水|水|屎尿|粪).{0,3}从.{0,8}(厕所|卫生间|地漏|马桶|下水口|下水道|水池).{0,4}(冒|涌|漫|返|喷)/,
      // Round 16: 水漫全屋 (the whole flat) as 漫了一屋. Round 23: water deep in a road ("路口积水深约二十厘米") is a road flooded.
      /漫了?(一|全)屋|淹了一屋|一屋(子)?(的)?水|满屋(都是|全是)?(水|污水|脏水|粪水)?|满地(都是|全是)(水|污水|脏水)|积了(好深的?|半尺|几公分|几厘米)(的)?水|(?<!(路|街|巷|门口|广场|停车场)[^。！？!?]{0,12})水深.{0,4}(厘米|公分|米|尺)/,
      // Round 21: … water over the ankles in a road or at a gate is a road flooded, not a home ("路边…积水没过脚踝").
      /(?<!(路|街|巷|门口|广场|停车场|车库)[^。！？!?]{0,24})(没过|漫过|淹过|淹到|漫到)了?(脚|脚背|脚面|脚踝|小腿|膝盖|床脚|床)|(屋里|家里|屋内|室内|房间|客厅|卧室)(的)?水(已经)?(到|没过|漫过|淹到)了?(脚|脚背|脚面|脚踝|小腿|膝盖|床)/,
      /(屋里|家里|家中|卧室|客厅|书房|房间)(的)?(地上|地面|地板上?)?(已经)?(全是|都是|一层|积了?一层|积了?)(水|污水|脏水)|(卧室|客厅|家中|家里|屋里|室内|房间)(地面)?积水/,
      /(床|被子|家具|冰箱|地板|书柜|沙发|家电)(都|全|全部)?(泡|湿透|打湿|淹)/,
      /(家|屋|房间|一楼).{0,6}(成了|变成)(河|池塘|水塘)/,
    ],
    // Round 19: a power strip soaking (插线板…泡在水里) is a live-wire matter, not a home flooded; 天天 is a habit here.
    // Round 23: … nor a smell that pours in from a drain ("窗户底下就是下水道口，这几天一股臭味往屋里灌").
    unless: [HYPOTHETICAL, new RegExp(`手机|电脑|厨房水龙头|烟|气味|味道|${SMELL_POURS_IN.source}|没进|冇进|好在|幸好|每次|每回|一下雨|经常|老是|总是|天天|公共厕所|公厕|插线板|插座|插排|排插|接线板`)],
    // far-past words, or a habit ("每次下大雨…") said anywhere in the sentence
    // round 13: "雨天雨水沿外墙流入一楼住户窗台" happens on rainy days, not now
    // Round 19: … or the sentence says the water has not reached a home ("积水深约15厘米…未进入住户", "还冇进屋").
    unlessSentence: new RegExp(FAR_PAST.source + '|每次|每回|每年|一到.{0,4}就|一下(大)?雨就|经常|老是|总是|莫等到|别等到|(?<!今天|这个)(下)?雨天|逢雨|每逢|(尚|还)?(未|没有?|冇)(得)?(进入?|流进|流入|漫进|漫入|灌进|灌入|淹进)(到)?(住户|户|屋|家|室内)|(暂|尚|还)(未|没有?|冇)(得)?(溢|漫)(出|到|进)'),
  },
  {
    reason: '电线裸露或漏电',
    patterns: [
      /(电线|接线|线路|电缆|线缆).{0,6}(裸露|外露|露在外|露着|露起|露出|掉在|落地|断了|垂|打火|冒火花|火花|耷拉|拖在地|掉到地|搭在|掉下|断落|挖断|泡在)/,
      /(裸露|露出|外露|露着|露起)的?(电线|线头|铜线|铜丝|接线|线路|电缆)|漏电|冒火花|电火花|火星子|一碰就麻|带着电|带电|通着电|触电|电到人|被电(了|到|打|麻)|电麻|打火(?!机)/,
      /(高压线|低压线|电力线|动力线|供电线).{0,4}(掉|断|落|垂)/,
      // Round 18: a wire down that still sparks ("线头垂落地面，现场仍有火花").
      /(仍|还|一直)(有|在)(冒)?火花|火花(四溅|直冒|乱冒|不断)|冒着火花/,
      // round 6: a cable torn down by wind or a vehicle, current arcing
      /(电线|电缆|线缆|高压线|低压线|电力线|电源线).{0,10}(挂断|扯断|刮断|砸断|压断|烧断|拉断|断落|断掉)|放电(声|的声音|现象)|在放电|断线(坠|落)地|(噼里啪啦|噼啪|啪啪)(地)?(响|冒火|打火)/,
      /(电箱|电表箱|配电箱|电闸箱|电缆井|检修门).{0,8}(开着|敞着|门掉|门坏|门没了|缺失|撬开|电线露|线露)/,
      /(铜线|铜丝|线头|电线皮|电缆|断头|皮子).{0,4}(露|破|光的|是光的|烧|冇得了|没了)/,
      /(线皮|电线皮|绝缘皮|外皮)(都)?(烂|破|裂|掉)了?.{0,12}(水|雨|湿)|线(头)?泡在.{0,3}水/,
      // Round 19: a power strip or a socket in water ("插线板泡在水里，摊主刚才摸了一下被电得叫起来"), someone shocked (被电得).
      /(插线板|插座|插排|排插|接线板)[^。！？!?]{0,12}泡在[^。！？!?]{0,3}水|被电得/,
      /(摸|碰|扶|触).{0,8}(麻了|麻一下|有点麻|发麻)|是有电的|(还|也)有电(?=的|了|啊|撒|吧|呢|$|[，,])/,
    ],
    // round 13: rain drumming on a canopy ("水打在雨棚上啪啪响") is no arcing
    unless: [/漏电保护|防触电|安全用电|电焊|会不会漏电|(怕|担心|生怕)[^，,。 ]{0,4}(漏电|触电|电到)|(没有|没|冇|未|不)(裸露|外露|露|带电|漏电)|(雨|水|冰雹)[^，。！？!?]{0,10}(啪啪|噼啪|噼里啪啦)/, HYPOTHETICAL],
    /** Someone checked and found no current ("用电笔测过了没电", "经核实不带电"). */
    // Round 18: a lead strung from a window to charge an e-bike (飞线充电), told without a spark, burning, water or a bare
    // wire, is a matter to stop (four writers wrote it as ordinary): CHARGING_LEAD.
    // Round 18: … nor a communications cable (通信线缆, 光缆, 网线), which carries no mains current, when it has caught nobody.
    // Round 19: … nor a strip or a wire that has hurt nobody yet, told as a worry ("天天泡在水里 我看着就怕 还冇出事").
    unlessText: new RegExp(`${/^(?![^]*(被电|电到|触电|发麻|麻了|火花|冒烟|着火))[^]*(还|都)(没|冇)(有|得)?出(过)?事/.source}|${COMMS_CABLE_ONLY.source}|${/(测|核实|确认|查)(过了?)?.{0,3}(没电|不带电|没有电)|废弃的/.source}|${WIRE_NOT_EXPOSED.source}|${CHARGING_LEAD.source}|${WELDING_ONLY.source}|${WIRE_SWITCHED_OFF.source}`),
  },
  {
    reason: '房屋结构有倒塌危险',
    patterns: [
      /(要|快|随时|马上|就要|眼看|眼见|即将|快要)(会|要|就|可能|有)?(塌|垮|掉下|倒下|砸下|倒了|倒(?![闭霉垃水车卖是掉过]))/,
      // round 6: already partly down, bulging, a through crack, leaning towards people
      /(塌|垮)了(一|两|几|半|一大)?(块|级|截|角|边|片|个口子)|(墙|墙体|楼|房子|外墙).{0,8}(往外鼓|鼓出来|凸出来|鼓包)|贯通(性)?裂缝|下倾/,
      /往.{0,6}(这边|那边|这头|外|路边|人行道|马路|街上|我们|我家|屋|下)(这边|那边|边|面)?(倾|斜|歪|倒)/,
      /(台阶|楼梯|楼板|地板|阳台|墙|房|屋|楼).{0,6}(往下陷|下陷|塌陷)|钢筋(都|也)?露(出来)?|(广告牌|招牌|铁皮|彩钢板|雨棚|棚顶|车棚|外机|窗户|玻璃|瓦).{0,8}(脱落|松脱|悬挂|悬在|吊着|挂在|掉下来|摆动|被风掀|掀了|掀起)|(铁皮|彩钢板|棚|架子|招牌|广告牌).{0,8}(咣咣|哐哐|哐当)/,
      /快倒了|要倒了|坍塌|倒塌|垮塌|塌方|塌下来|垮下来|摇摇欲坠|往下掉(砖|渣|水泥|石|块)|掉砖|裂了好?大缝/,
      /(墙|楼|房|梁|柱|棚|雨棚|屋顶|楼板|阳台|预制板|平台|楼梯).{0,6}(裂开|开裂|倾斜|歪了|下沉|松动|断裂).{0,10}(塌|垮|掉|倒|危险|沉)/,
      /(水泥块|砖块|砖头|预制板|阳台板|楼板|墙皮块|瓦片|石块|混凝土块|瓷砖|水泥).{0,4}(掉下来|砸下来|往下掉|掉了下来|一块块)/,
      /(房子|墙|棚子|棚屋|铁皮房|架子|脚手架|广告牌|招牌|围墙|雨棚|屋顶|棚|篮球架|球架|塔吊)(?:(?!未|没|冇|无|不).){0,6}(在晃|晃得(很)?厉害|晃来晃去|摇晃|晃动|要倒|歪倒|倾斜|歪了)/,
      /(缝|裂缝|裂口).{0,12}(塞得进|伸得进|放得进)|(楼板|房梁|屋顶|天花板|吊顶|楼梯).{0,6}(咯吱|嘎吱|咔咔|吱吱|鼓起|鼓包)|(钢架|支架|支撑).{0,4}(变形|倾斜|弯了)|悬出|一块一?块(往下)?掉|(墙|墙体|楼板|地板|房梁)(都|也|还)?在(裂|沉)/,
      /歪(得|的)(不行|厉害|很|好|蛮)|(越来越|更|好)歪|歪起了/,
      /(裂缝|缝|裂口).{0,2}越来越(大|宽|长)|又掉了(一大块|好几块|几块|一块)|(掉|落|塌)了?.{0,6}砸(在|到|中|坏)了?(车|人|头)/,
      /(整体|整个|一边|半边|整栋|整面)(都)?(往.{0,4})?(下沉|倾斜|沉降|往下沉|往下耷拉|倒|斜|歪)|往(外|下|河里|路边)(边|面)?(倾|斜|歪|倒)|外倾|往下沉/,
      /(柱子|立柱|横梁|支架|钢架|基座|踏步|地基).{0,4}(断了|锈断|断裂|折了|松动|掏空|空了|下沉)/,
    ],
    // round 12: plaster coming off in pieces ("墙皮一块块往下掉") is a repair, as the scorer has known since round 9
    // Round 19: what it would do if pushed or leant on ("大铁门合页锈断了 一推就往下倒") is a repair, not a fall now.
    unless: [HYPOTHETICAL, /股市|股票|基金|房价|地砖|会不会|扔|抛|丢|正常(沉降|现象)|墙皮(?!块)|墙灰|腻子|(歪|斜|倾)了?一点(?!就)|一(推|碰|靠|拉|摇|踩)就/],
    // round 13: a car sinking in water ("车冲进河里，正在往下沉") is a person in danger, not a building giving way
    // Round 18: … nor a pane broken inside a stairwell over nobody told (STAIRWELL_PANE_ONLY).
    // Round 19: … nor a drainage ditch whose side fell in, told with no building and nobody near (DITCH_ONLY).
    unlessText: new RegExp(`${/(车|车子|轿车|小车|面包车)[^。！？!?]{0,12}(河|湖|塘|江|水库|水)(里|中)/.source}|${STAIRWELL_PANE_ONLY.source}|${DITCH_ONLY.source}|${BEFORE_THE_TRIGGER.source}`),
  },
  // Round 7: immediate physical hazards (issue 9) as general forms — something up high about to fall on people below,
  // ground giving way, water coming down through a ceiling. Written from the hazard's shape, not from any set's texts.
  {
    reason: '高处物体有坠落危险',
    patterns: [
      // hanging in mid-air, held by one screw: about to come down wherever it is
      /(悬|吊|挂|耷拉|晃)(在|到)?(半空|半空中|空中)|悬空|(就|只)(剩|靠)(一|两|1|2)(个|颗|根|只)(螺丝|螺栓|钉子|钉|铁丝|膨胀螺丝)/,
    ],
    unless: [HYPOTHETICAL, /会不会|怕|衣服|被子|绿萝|吊兰/],
    unlessText: /风筝|气球|灯笼|彩旗|横幅|塑料袋|无人机/,
  },
  {
    // an object fixed up high (an air-conditioner unit, a sign, a window, tiles, eaves, a balcony…) has come loose or
    // hangs, and the report says what is below it (a path, a door, people) — "底下就是人行道"
    reason: '高处物体有坠落危险',
    patterns: [
      new RegExp(
        `(${OVERHEAD_OBJECT.source}).{0,12}?(${LOOSE_STATE.source})`,
      ),
    ],
    context: BELOW_IS_PEOPLE,
    // round 13: "被风吹歪了一点" is a slight lean
    // Round 23: … nor a thin crack, which holds the pane in place ("走廊窗户玻璃裂了一道缝，我先拿胶带贴上了").
    unless: [HYPOTHETICAL, /会不会|哪天|有点|有一点|(歪|斜|倾)了?一点|还(很|挺|蛮|算)?(牢|结实|稳)|不(会|要紧)|生锈|颜色|难看|太丑|灯(坏|不亮)|裂了?(一|两|几)?(道|条)(小|细)?(缝|纹)|裂纹/],
  },
  {
    // Round 22: a piece has already come down and the reporter says more may hit someone at any moment ("今天掉了好大一块
    // 水泥，随时会砸到人") — told after the fall, with the object named after it.
    reason: '高处物体有坠落危险',
    patterns: [/(掉|落|砸)(了|下来了?)(好大|一大|很大|好几|几|两|一)?(一)?(块|片|坨)[^，。！？!?]{0,4}(水泥|混凝土|砖|瓷砖|墙皮|墙砖|外墙|瓦|石头|玻璃|保温)/],
    context: /随时[^，。！？!?]{0,4}(砸|掉|落)|(会|要)砸(到|着|伤)(人|头)/,
    unless: [HYPOTHETICAL, /会不会|怕/],
  },
  {
    // ground giving way that is plainly dangerous by itself: a landslide, something fell in, a hole still growing,
    // it went down all at once
    reason: '地面塌陷',
    patterns: [
      /塌方|山体滑坡|(坑|洞|口子|裂缝|缝)(还在|越来越|一直在)(变大|扩大|往大|变深|变宽|加宽|往外扩|塌|裂)|(陷|掉|踩)(进去|下去)(了)?(半截|一截|半个|一条腿|半条腿)/,
      /(车|轮子|车轮|前轮|后轮|三轮车|电动车|自行车|人|小孩|老人).{0,6}(掉|陷|栽)(进|到|入)(了)?.{0,4}(坑|洞|下面|里|进去)/,
      /(一下子|突然|忽然|猛地)(就)?(塌|陷)(下去|了|掉)/,
    ],
    unless: [GROUND_NOT_URGENT],
  },
  {
    // the ground itself gives way (a road, a pavement, a yard, the foundations) and the report says how bad: deep,
    // large, growing, hollow underneath, cracking around, water rushing, people kept away — a small pothole is not
    reason: '地面塌陷',
    patterns: [
      new RegExp(`(${GROUND.source}).{0,10}?(塌陷|塌了|塌下去|塌出|塌成|塌开|陷下去|陷进去|陷了|下陷|往下陷|往下塌|沉下去|往下沉|下沉|被(水)?掏空|掏空了|(下面|底下|下头)(是|都是|全是)?空的|错开|滑坡|往(下|河里|沟里|坡下|外).{0,2}滑)`),
      /地陷|塌陷坑|(塌|陷)(了|出|下去)?(一个|个|好大一个|一个大|好大的?|一大)?(大)?(坑|洞|口子)/,
    ],
    context: GROUND_SEVERE,
    unless: [GROUND_NOT_URGENT],
  },
  {
    // water coming down through a ceiling: pouring, not dripping, or reaching the bed and the wiring
    reason: '污水或积水进入住户家中',
    patterns: [
      new RegExp(`(${CEILING.source}).{0,10}(哗哗|一股一股|一股股|大股|像下雨|跟下雨|像瀑布|成(了)?(一条)?线|止不住|接不住|接不赢|越来越大|往下(流|灌|淌|冲|浇|落|漏|喷))`),
      new RegExp(`(${CEILING.source}).{0,16}(流|淌|灌|浇|冲|漏|滴|渗)(到|进|在)?了?.{0,6}(床|被子|被褥|铺盖|插座|插排|插线板|电闸|电表|电箱|电线|灯(?!光)|电视|电器|配电)`),
      new RegExp(`(${CEILING.source}).{0,16}(塌|垮|掉)(了|下来).{0,12}(水|流)|(吊顶|天花板|顶棚)(都|已经)?(被)?(水)?(泡|泡得)(塌|垮|鼓|下垂|掉)`),
      /(床|被子|被褥|铺盖|床铺|床上)(上)?(都|全|全部|已经)?(是水|湿了|湿透|打湿|淋湿|泡了)/,
    ],
    context: /水|漏|雨/,
    unless: [HYPOTHETICAL, /一点|几滴|偶尔|有时候|会不会|水渍|水印|黄印|印子|发霉|返潮|潮湿|有点(潮|湿)|晒|洗|尿|汗|打翻|泼/],
    unlessSentence: new RegExp(FAR_PAST.source + '|每次|每回|每年|一到.{0,4}就|一下(大)?雨就|经常|老是|总是'),
  },
  {
    reason: '独居老人联系不上',
    patterns: [
      UNANSWERED,
      NOT_SEEN_FOR_DAYS,
      /今天(一天)?(都|也)?(没|冇|冇得)(看到|看见|见到|来|出来|出门|开门)/,
      // round 6: phone switched off, no contact with anyone, deliveries piling up at the door
      /(电话|手机)(打过去)?(一直|也|都|还)?(是)?关机|(未|没|冇)(有|得)?(与|和|跟).{0,8}联系|(外卖|报纸|牛奶|快递|信件|东西|袋子).{0,6}(堆|没拿|冇拿|未取|没取|冇取|没人拿|冇得人拿)/,
    ],
    context: /独居|一个人住|一个人在家|一个人生活|一个人过|自己一个人|自己住|单独住|独自(在家|住|生活|一人)|孤寡|空巢|孤老|五保|就(她|他|老人)?一个人/,
    // Round 19: … the same for someone living alone ("独居老人…经联系其女儿，老人已被接去女儿家居住，情况正常").
    unlessText: ANSWERED_AFTER_ALL,
    unlessBefore: /(物业|客服|热线|房东|老板|公司|师傅|单位|工作人员|网格员|社区|居委会|办事处|窗口|医院|派出所|反映|投诉|报修|申请|办理|[0-9]{3,}).{0,6}$/,
    unless: [NOT_UNREACHABLE_NOW],
  },
  {
    // Round 6: "lives alone" unsaid, but an old person does not answer and there is a second sign of trouble.
    reason: '独居老人联系不上',
    patterns: [UNANSWERED, NOT_SEEN_FOR_DAYS],
    unlessText: ANSWERED_AFTER_ALL,
    context: new RegExp(`(?=[\\s\\S]*(${ELDERLY.source}))(?=[\\s\\S]*(${SIGN_OF_TROUBLE.source}))`),
    unlessBefore: /(物业|客服|热线|房东|老板|公司|师傅|单位|工作人员|网格员|社区|居委会|办事处|窗口|医院|派出所|反映|投诉|报修|申请|办理|[0-9]{3,}).{0,6}$/,
    unless: [NOT_UNREACHABLE_NOW],
  },
  {
    reason: '独居老人联系不上',
    patterns: [
      // round 6: an old person not seen or heard for days, even when "lives alone" is not said
      /(老人|老太太|老奶奶|老爷爷|老头|老太|爹爹|婆婆|太婆|奶奶|爷爷|大爷|大妈|阿婆|外婆|外公|姥姥|姥爷).{0,30}(两|三|几|好几|[0-9]+)天.{0,30}(喊|叫|敲|打电话|打).{0,8}(没|冇|冇得)(得)?(人)?(动静|应|反应|回应|开门|接)/,
      /老人失联|失联(的)?老人|(老人|老太太|老奶奶|老爷爷|老头|老太|爹爹|婆婆|太婆|奶奶|爷爷|大爷|大妈|阿婆|外婆|外公|姥姥|姥爷).{0,3}(几|两|三|好几)天(都)?(没|冇)(人)?(见|看到|出门|下楼|露面)/,
    ],
    unlessText: ANSWERED_AFTER_ALL,
  },
  {
    reason: '正在发生暴力',
    patterns: [
      /(拿|持|动|提|举|掏|抄|挥)(着|起|出|了)?.{0,2}(刀|棍|棒|斧|砍刀|菜刀|铁棍|钢管|砖头)|砍人|乱砍|追着砍|捅人|捅了|(打|砍)得.{0,4}(头破血流|流血|出血|满脸是血)/,
      /(正在|在|又在|还在)(打人|打架|打老婆|打老公|打孩子|打伢|打小孩|打老人|打女的|打男的|殴打|动手|互殴|砸门|砸东西|砸车)|打起来了|打人了|动手打|家暴|抢劫|抢包/,
      /(男的|女的|他|她|儿子|丈夫|老公)在打(女的|男的|他|她|老婆|老公|妈|爸|老人|孩子)/,
      /(冲进来|冲上来|扑上来|冲过去)(就)?(打|揍|砍|踢)|(拿脚|用脚)?踹(我|我家|我屋|门)|还在踹|在踹门|(抡|挥)起.{0,4}(瓶|凳|椅|棍|砖|锤)|互相砸|砸(人|头)|(正在|在|发生|持械|聚众)斗殴|持械|械斗|围殴|群殴|互殴|殴打|厮打|肢体冲突|推搡|围(起|着|住)(一个|个)?.{0,4}打|按在地上打|被(人)?.{0,4}(按住|按着)?打(?!湿|扫|开|包|电话|针|卡|折|印|理|烊|翻|碎|坏|断|破|掉|落|乱|脏|通)/,
      /(头上|脸上|身上|满脸|满头|一头)(都是|全是)?血|(有人|已经有人)(流血|受伤|倒地)/,
      /在.{0,4}打人|打(他|她)(的)?(媳妇|老婆|老公|丈夫|妈|爸|孩子|伢|小孩)|(用|拿)(皮带|棍子|衣架|扫把|鞋)(抽|打)/,
      /(正在|现在|还在|又在|此刻|这会儿)(在)?.{0,6}(打架|打人|打起来|动手|打老婆|打孩子|打伢)|打得(乒乒乓乓|噼里啪啦|好凶|蛮凶|很凶|厉害)|(哭|喊)(着)?(救命|别打)/,
    ],
    unless: [/经常|防范|宣传|讲座|差点|没动手|冇动手|电信|诈骗/],
    unlessSentence: PAST_TIME,
  },
  {
    // "还在打" alone could be a pile driver; it counts when the report is about people being beaten.
    reason: '正在发生暴力',
    patterns: [/(正在|还在|又在)打(了|着)?(?=[，,、]|$)/],
    context: /打架|打人|围(起|着|住)|围殴|殴打|斗殴|群殴|动手|(打|揍)(一个|个|他|她)/,
    unless: [/经常|差点|没动手|冇动手/],
    unlessSentence: PAST_TIME,
  },
  {
    // Round 16: children in open water now ("十余名未成年人下江游泳，水流较急", "三名小学生下水游泳") — a class that every
    // recent writer wrote; a reminder, a swimming class or last summer is not one.
    reason: '儿童处于危险中',
    patterns: [/(未成年人|小学生|中学生|学生|少年|小孩|孩子|伢|娃)[^。！？!?]{0,10}(下(江|河|湖|塘)|下水(?!道|管|口|井|沟)|跳进(了)?(江|河|湖|塘|水))/],
    unless: [/万一|怕|担心|以前|去年|上次|差点|上岸|上来了|救上来|总|经常|每年|老是/],
    unlessText: /提醒|防溺水|建议|牌子|宣传|讲座|培训|(游泳|学)班|学会|(别|不要|莫|禁止|不准|不许)[^，,。]{0,4}(去|下|到|让)/,
    unlessSentence: PAST_TIME,
  },
  {
    // Round 16: someone fallen from a height and lying hurt ("工人从脚手架上摔下,腿部出血不能动"): a danger to life, not the
    // height's hazard; a fall feared or long past is not one.
    reason: '突发急病或生命危险',
    patterns: [/(脚手架|梯子|楼上|屋顶|楼顶|房顶|高处|架子|阳台|窗台|树上|平台)[^。！？!?]{0,4}(摔|掉|跌|坠|栽)(了)?下[^。！？!?]{0,12}(出血|流血|不能动|动不了|不动|起不来|昏迷|(没|冇)(有|得)?反应|叫不醒|骨折)/],
    unless: [/万一|怕|担心|差点|没事|冇事|好了|出院/],
    unlessSentence: PAST_TIME,
  },
  {
    // Round 18: a child outside a window or at a height's edge now ("一个伢站在空调外机架子上，大人好像不在屋里").
    reason: '儿童处于危险中',
    patterns: [/(伢|孩子|小孩|娃|小朋友|宝宝|儿童|初中生|中学生|小学生)[^，。！？!? ]{0,6}(站|爬|坐|趴|蹲|骑|挂|走)(在|上|到|出)(了)?[^，。！？!? ]{0,8}(外机|空调架|窗台|窗户外|窗外|阳台(栏杆|护栏|外|边)|栏杆外|护栏外|楼顶边|屋顶边|天台边|女儿墙)|(伢|孩子|小孩|娃|小朋友|儿童|初中生|中学生|小学生)[^，。！？!? ]{0,4}在[^，。！？!? ]{0,6}(女儿墙|栏杆外|护栏外|楼顶边|屋顶边|天台边|窗台)(上)?(走|站|坐|爬|跑|跳|蹲)/],
    unless: [HYPOTHETICAL, PAST_IN_CLAUSE, /万一|怕|如果|假如|要是|以前|经常|老是|总是|天天|每天/],
  },
  {
    // Round 19: a drunk driver at the wheel among people — four writers wrote it (urgent-test16, 18, 19, 21: "醉酒后在小区内开车
    // 横冲直撞", "开车在小区里转圈，明显喝多了，已经刮了好几辆车"): a car as a weapon in a crowd, as round 18's 横冲直撞 cue said.
    reason: '正在发生暴力',
    patterns: [/(喝多了|喝醉了?|醉酒|酒驾|醉驾|醉醺醺)[^。！？!?]{0,20}(开车|驾车|开着车|倒车)|(开车|驾车|开着车)[^。！？!?]{0,20}(喝多了|喝醉|醉酒|醉醺醺)/],
    unless: [HYPOTHETICAL, PAST_IN_CLAUSE, /万一|怕|如果|假如|要是|以前|经常|老是|总是|每天|天天|代驾/],
    unlessText: /(已|已经)(被)?(控制|带走|抓|拦下|制服)|(停|拦)(下来|住)了|熄火了|(罚|查)(了|处)/,
  },
  {
    // Round 19: tap water gone bad with people falling ill from it now — seven writers wrote it (urgent-test12, 15, 17, 20,
    // 21, urgent-dev11, blind-test5: "自来水发黄发臭，好几户大人小孩拉肚子", "水浑浊有异味，老人饮用后腹泻呕吐"): a building
    // poisoned through its water while people still drink and cook with it, not a water-quality complaint.
    reason: '突发急病或生命危险',
    patterns: [
      /(自来水|水龙头|龙头|水箱|二次供水|管道水|饮用水|放出来的水|出来的水|出水|供水)[^。！？!?]{0,25}(黄|黑|臭|浑|异味|怪味|有味|味道)[^。！？!?]{0,40}(拉肚子|腹泻|呕吐|吐了|在吐|上吐下泻|肚子(疼|痛)|中毒)/,
      /(拉肚子|腹泻|呕吐|上吐下泻|肚子(疼|痛))[^。！？!?]{0,30}(自来水|水龙头|水箱|饮用水|二次供水)/,
    ],
    unless: [HYPOTHETICAL, PAST_IN_CLAUSE, /万一|怕|如果|假如|要是|以前|好了|没事了/],
    // Round 24: … it stands without the scorer's reading (twelve studied texts with these words, every one urgent).
    standsAlone: true,
  },
  {
    // Round 18: a lift's landing door open onto its shaft with the car elsewhere — three writers wrote it ("电梯门开了里面没有
    // 轿厢，是空的井道", "厅门处于打开状态，轿厢不在本层，井道直接外露"): an open hole people can fall into, not a lift fault.
    reason: '井盖缺失或坑洞有坠落危险',
    patterns: [/(没有|没|冇得|冇|不见)(了)?轿厢|轿厢(根本|都|还)?(不在|没在|没到|没有到|冇到)(本层|这层|这一层|该层)?|(空的|黑洞洞的?|直接看得?到|看得到)[^，。！？!? ]{0,4}井道|井道(直接)?(外露|露出|露在外|敞着|敞开|暴露)/],
    context: /电梯|轿厢|厅门|层门/,
    unless: [HYPOTHETICAL, PAST_IN_CLAUSE, /万一|怕|如果|假如|要是|已(经)?(关|修|封|堵)(好|上|住)/],
  },
  {
    // Round 24: someone saying now that they will end their life, or already dousing themselves ("称…要自焚，已往身上淋了部分",
    // "说不想活了"), or leaving a farewell ("留纸条写'对不起爸妈'", "发朋友圈说'再见了'"): every studied writer who used these
    // words wrote an emergency; a worry ("担心其寻短见") or a past threat ("前几天说过不想活了") is not one.
    reason: '突发急病或生命危险',
    patterns: [/(纸条|遗书|字条|留言|朋友圈|群里|微信)[^。！？!?]{0,12}(对不起|再见了|永别|别找我)|(要|想|扬言|说要|称要|威胁要|准备|欲|闹着要|喊着要)(去)?(自焚|跳楼|跳河|跳江|跳湖|自杀|轻生|寻短见|喝农药|喝药|割腕|上吊|烧炭)|不想活(了|哒)|活不下去了|(往|在)?身上[^，。！？!?]{0,4}(淋|浇|泼)(了)?[^，。！？!?]{0,4}汽油|汽油[^，。！？!?]{0,8}(淋|浇|泼)(在)?(身上|自己)/],
    unless: [HYPOTHETICAL, PAST_IN_CLAUSE, /万一|怕|担心|以前|上次|去年|前几年|那几年|曾经|说过|劝(下来|回来|住)了|(已|已经)(被)?(救|拉|劝)(下|回|住)|没事了/],
    standsAlone: true,
  },
  {
    // Round 24: a roof or shelter bending under snow ("彩钢棚顶积雪严重，中部下凹并有异响") — ten studied writers wrote it,
    // every one an emergency; cleared snow or a worry is not one.
    reason: '房屋结构有倒塌危险',
    patterns: [/(积雪|大雪|雪压|压雪|下雪|降雪|被雪|雪(太|好|很|下得)(大|厚))[^。！？!?]{0,20}(下凹|往下凹|凹下|往下弯|压弯|弯曲|变形|压塌|压垮|往下塌|异响|咯吱|吱吱|嘎吱)/],
    context: /棚|顶|屋|房|廊|架|梁/,
    unless: [HYPOTHETICAL, PAST_IN_CLAUSE, /万一|怕|担心|会不会|(清|扫|铲)(完|干净|掉|了)|已(经)?(清|扫|铲)/],
    standsAlone: true,
  },
  {
    // Round 24: a child or a vulnerable person still not back after a night or till now ("我女儿十四岁…一晚没回，手机关机"):
    // twenty-five studied writers' reports with these words were all emergencies.
    reason: '突发急病或生命危险',
    patterns: [/(到现在|至今|一晚|一夜|整夜|一整晚|一天一夜)(了)?(都|还|也)?(没|冇|未)(有|得)?(回|归)/],
    context: /老年痴呆|阿尔茨海默|痴呆|智力|精神|[0-9一二三四五六七八九十]+岁|女儿|儿子|伢|孩子|小孩|学生|女孩|男孩|姑娘|老人|爹爹|婆婆|奶奶|爷爷|老伴|我(爸|妈)/,
    unless: [HYPOTHETICAL, /万一|怕|以前|上次|去年/],
    unlessText: /找到了|回来了|联系上了|接回|(回|到)(了)?家了|已(经)?回(家|来)/,
    standsAlone: true,
  },
  {
    // Round 24: a dike or a sluice boiling up muddy water (管涌, "堤脚冒浑水…越冒越大") — eight studied writers wrote it, every
    // one an emergency; a flood drill or last year's is not one.
    reason: '地面塌陷',
    patterns: [/管涌|冒浑水|(堤|闸)[^。！？!?]{0,10}(冒|涌|翻|渗)[^。！？!?]{0,4}(浑水|泥沙|水泡|砂)/],
    unless: [HYPOTHETICAL, PAST_IN_CLAUSE, /万一|怕|担心|会不会|(已|已经)(处置|控制|封堵|堵)(住|好|了)/],
    unlessSentence: /(未|没有?|冇|无)(发现|见|出现)?[^。！？!?]{0,8}(管涌|冒浑水)|稳定/,
    standsAlone: true,
  },
  {
    // Round 24: a child being dragged off now ("在拉一个女伢的手 往巷子里拖 女伢在哭"), as the scorer's swindle-and-lure words
    // say of a car.
    reason: '儿童处于危险中',
    patterns: [/(拉|拖|拽|抱|扯)(着|住)?[^，。！？!?]{0,6}(伢|小孩|孩子|女孩|男孩|小姑娘|女童|男童|学生|娃)[^，。！？!?]{0,8}(往|进|上)[^，。！？!?]{0,8}(拖|拽|拉|抱|走)|(伢|小孩|孩子|女孩|男孩|小姑娘|女童|男童|学生|娃)[^，。！？!?]{0,6}被[^，。！？!?]{0,8}往[^，。！？!?]{0,8}(拖|拽|拉|抱)/],
    context: /哭|喊|不认识|陌生|挣扎|救命|叫/,
    unless: [HYPOTHETICAL, PAST_IN_CLAUSE, /万一|怕|担心|以前|上次|去年|是(他|她)(爸|妈|爷|奶|家长)/],
  },
  {
    // Round 24: someone kept alive by an oxygen concentrator or a ventilator when the power goes ("突然停电…制氧机停了，老人
    // 离不得氧") — six studied writers wrote it as an emergency; a planned cut asked about ahead ("明天停电…提前准备") is not.
    reason: '突发急病或生命危险',
    patterns: [/(制氧机|呼吸机|吸氧|氧气机|制氧)[^。！？!?]{0,30}(停电|没电|断电|冇得电|冇电)|(停电|没电|断电|冇得电)[^。！？!?]{0,30}(制氧机|呼吸机|吸氧|氧气机|制氧)/],
    context: /突然|刚才|刚刚|现在|一下|已经|停了|不转|喘|撑|只够|快(冇|没)|离不(得|开)/,
    unless: [HYPOTHETICAL, PAST_IN_CLAUSE, /万一|怕|担心|明天|下周|后天|周[一二三四五六日天]|计划|通知|提前|上次|昨天|每周|经常|多次/],
    standsAlone: true,
  },
  {
    // Round 24: someone who cannot get down the stairs and has run out of medicine, water or food ("电梯坏了三天…下不了楼，
    // 降压药吃完了").
    reason: '突发急病或生命危险',
    patterns: [/(药|胰岛素)[^。！？!?，,]{0,4}(吃完|打完|用完|没了|冇得了|断了)|(一滴水|水|吃的)[^。！？!?，,]{0,3}(都)?(没|冇)(得)?(了|哒)|(没|冇)(得)?(水喝|东西吃|吃的)/],
    context: /下不了楼|下不来|下不去|走不下|出不了门|下不了床|卧床|瘫/,
    unless: [HYPOTHETICAL, /万一|怕|担心|快(吃|用)完|不急/],
    standsAlone: true,
  },
  {
    // Round 24: a small child who swallowed pills, a button battery or a cleaning liquid ("我孙伢把…降压药吃哒…他才三岁") — every
    // studied writer who wrote it wrote an emergency.
    reason: '儿童处于危险中',
    patterns: [/(伢|孩子|小孩|宝宝|孙|娃)[^。！？!?，,]{0,10}(误)?(吃|吞|喝)(了|哒|下去|掉)?[^。！？!?，,]{0,10}(药|药片|农药|洗衣液|消毒液|纽扣电池|电池|干燥剂|洁厕)|(伢|孩子|小孩|宝宝|孙|娃)[^。！？!?]{0,6}把[^。！？!?]{0,14}(药|药片|农药|洗衣液|消毒液|纽扣电池|电池|干燥剂|洁厕[^。！？!?]{0,2})(当糖)?(吃|吞|喝)(了|哒|下去|掉)/],
    unless: [HYPOTHETICAL, PAST_IN_CLAUSE, /万一|怕|担心|以前|上次|去年|差点|还好没/],
    standsAlone: true,
  },
  {
    reason: '有人呼救',
    patterns: [/救命|呼救|喊救人/],
    unless: [/救命钱|救命药|救命稻草/],
  },
]

/** Splits into clauses; rules never look across a full stop, a question mark or a line break. */
function sentences(text: string): string[] {
  return text.split(/[。！？!?\n；;]+/).filter(Boolean)
}

/** The comma-separated clause around a match (speech-to-text without commas gives one long clause). */
function clauseAround(sentence: string, start: number, end: number): { text: string; start: number } {
  // Round 6: a space is a pause in speech-to-text ("墙都歪了 今天下雨 …"), so it ends a clause too.
  const from = Math.max(...['，', ',', '、', ' '].map((mark) => sentence.lastIndexOf(mark, start - 1))) + 1
  const stops = ['，', ',', '、', ' '].map((mark) => sentence.indexOf(mark, end)).filter((i) => i >= 0)
  const to = stops.length ? Math.min(...stops) : sentence.length
  return { text: sentence.slice(from, to), start: from }
}

function firstMatch(rule: UrgentRule, sentence: string, text: string, sentenceStart: number): string | undefined {
  for (const pattern of rule.patterns) {
    const global = new RegExp(pattern.source, 'g')
    for (let match = global.exec(sentence); match; match = global.exec(sentence)) {
      if (match[0].length === 0) {
        global.lastIndex++
        continue
      }
      const clause = clauseAround(sentence, match.index, match.index + match[0].length)
      if (rule.unless?.some((unless) => unless.test(clause.text))) continue
      if (resolvedAround(text, sentenceStart + match.index)) continue
      // Past-time words and resolutions before a topic switch ("…上次说过了，今天主要反映…") belong to the background.
      const scope = sentence.slice(lastSwitchEnd(sentence, match.index))
      if (rule.unlessSentence?.test(scope) && !HAPPENING_NOW.test(scope)) continue
      // Over and done: "上个月楼道里有煤气味，后来燃气公司来修了" / "后来找到了".
      if (PAST_TIME.test(clause.text) && RESOLVED.test(partFrom(text, sentenceStart + match.index))) continue
      if (rule.unlessBefore?.test(sentence.slice(Math.max(clause.start, match.index - 10), match.index))) continue
      const before = sentence.slice(Math.max(clause.start, match.index - 8), match.index)
      if (!NEGATION_BEFORE.test(before) || QUESTION_BEFORE.test(before) || NOT_A_DENIAL.test(before)) return match[0]
    }
  }
  return undefined
}

/**
 * Text-level guards shared with the learned scorer (urgent-scorer.ts): false for an empty report, one that opens as a
 * suggestion, or one whose point says the matter is over / a false alarm / a follow-up note.
 */
export function urgentTextGuardsPass(normalized: string): boolean {
  return Boolean(normalized.trim()) && !SUGGESTION_LEAD.test(normalized.trim()) && !FOLLOW_UP_LEAD.test(normalized.trim())
}

/** Denials anywhere in the evidence's sentence: nobody inside, nothing exposed, not leaking, stolen, a question. */
// Round 19: … and 无 ("表具外露,无漏气"). Round 23: a stolen manhole cover is an open hole ("窨井盖被盗，井口敞开深约3米"),
// not a theft to report.
const SCORER_DENIED = /(没|冇|未)(有|得)?露|电梯(里|里面|里头|里边)?(没|冇|冇得)(有)?人|(?<!井盖|盖子|盖板|箅子|篦子)被(偷|盗)|路面.{0,4}(鼓包|开裂|裂)|停运[？?]?$|(没|冇|无)(有)?人(员)?(被)?(困|关|卡|在里)|(没有|没|冇得|冇|未|不|并未|无)(再)?(裸露|外露|露出|露在外|带电|漏电|漏气|泄漏|闻到|着火|起火|冒烟|被困|困人|进水|淹)/
/**
 * Worry, hypotheticals, habits, asking and "luckily not": round 8 counts them only when they lead up to the evidence
 * ("楼道线乱怕着火", "如果电梯困人"), not when they follow it as the consequence the reporter fears ("墙都歪了…要是倒了不得了",
 * "我怕出事", "处理建议：…").
 */
// Round 13: a habit told by the weather ("一下雨就淹", "雨天…") is not now either ("天天" is not: "天天喝酒 今天又在打她").
const SCORER_NOT_NOW_BEFORE = /(别|不要|莫)等|怕(会|要|是)?(着火|起火|失火|漏电|漏气|触电|塌|垮|倒|被困)|会不会|怕哪天|万一|如果|假如|哪天|建议|可不可以|经常|每次|老是|总是|还好没|幸好没|好在没|(最近|这阵子|这段时间)?总有|时常|常常|每年|每回|一(下|到|落)(大)?雨(就|便)?|(?<!今天|这个)(下)?雨天|逢雨|下雨(时|的时候)|一冲(厕所|马桶)?就/
/** Round 9: what a past cause left behind is still there ("昨晚被风吹翻了，一半还悬在楼檐外面"); round 10: a state that
 * lasts is said without 还 too ("被昨晚的风吹翻了，一半悬在楼檐外面", "昨晚歪到二栋的墙上去了，树根都翘起来了"). */
const STILL = /还(没|冇|在|挂|吊|悬|歪|斜|卡|堵|压)|仍(然|在)|依然|至今|悬在|悬着|吊在|吊着|挂在半|歪到|歪在|靠在.{0,6}(墙|楼|线)|搭在.{0,6}(线|墙|楼)|压在|翘起|掀起|翻起|一半(在|悬|露|挂|吊)|(往外|往里|往下)(歪|斜|倾)|冲空|掏空|裂到/
/** Round 9: a state that has lasted for years is a welfare matter, not an emergency ("常年一个人在家没人管"). */
const CHRONIC = /常年|长年|长期|多年来|这么多年/
/** Round 10: … unless something acute happens now ("因长期欠费被停气，寒潮期间高烧卧床"). */
const ACUTE = /突然|高烧|发烧|昏迷|晕倒|摔倒|抽搐|寒潮|急救|送医|呼吸困难/
/** Today's words: a report that says what happens today is not about the past ("昨天还冇恁歪，今天更歪了"); round 9:
 * nor one that says it has lasted until now ("昨天到现在都冇开门"). */
const TODAY = /今天|今日|今早|今晚|今儿|这两天|这几天|到现在|至今|之后(就|再)?(一直)?(没|冇)(有|得)?(动静|声音|响动|人|见|出门|开门)/

/**
 * Sentence-level guards for evidence found by the learned scorer at `index` in `sentence`: the sentence (after its
 * last topic switch) denies nothing; up to the evidence's clause it is not past, hypothetical or preventive talk unless
 * it says it is happening now or today; and no negation sits just before the evidence.
 */
export function urgentSentenceGuardsPass(sentence: string, index: number, negatedEvidence = false): boolean {
  const scope = sentence.slice(lastSwitchEnd(sentence, index))
  const stops = ['，', ',', '、', ' '].map((mark) => sentence.indexOf(mark, index + 1)).filter((i) => i >= 0)
  const upToEvidence = sentence.slice(lastSwitchEnd(sentence, index), stops.length ? Math.min(...stops) : sentence.length)
  // Round 24: what happened last night may give way any moment now ("昨晚被雷劈了，树干裂开一半…随时会断下来").
  const pastStillActs = PAST_TIME.test(upToEvidence) && (STILL.test(scope) || ANY_MOMENT_NOW.test(scope))
  if ((HYPOTHETICAL.test(upToEvidence) || PAST_TIME.test(upToEvidence)) && !HAPPENING_NOW.test(scope) && !TODAY.test(scope) && !pastStillActs) return false
  // Round 24: a rescue going on now is no habit ("下雨天晚上…连人带轮椅翻进沟里了…拉不上来，快来人").
  if (SCORER_DENIED.test(scope) || (SCORER_NOT_NOW_BEFORE.test(upToEvidence) && !RESCUE_NOW.test(scope))) return false
  if (CHRONIC.test(scope) && !HAPPENING_NOW.test(scope) && !TODAY.test(scope) && !ACUTE.test(scope)) return false
  // Round 9: a situation whose evidence is itself a negation (电话不接, 叫他没反应) is not denied by it.
  if (negatedEvidence) return true
  // Round 10: only a negation in the evidence's own clause denies it ("眼睛辣得睁不开 伢们都在咳"), and fear or force is
  // no denial ("我在里面不敢出声", "不让走", "身体不舒服").
  return !negatedBefore(sentence, index)
}

/** Round 24: someone being pulled out now. */
const RESCUE_NOW = /救命|(拉|爬)不(上来|起来|出来)|(快|赶紧)来人(?!看)/
/** Round 24: words that say a thing may go at any moment. */
const ANY_MOMENT_NOW = /随时|马上(要|就)|眼看(就)?要|快要/
/** Round 10: a negation in the evidence's own clause just before it, that asks nothing and says no fear or force. */
export function negatedBefore(sentence: string, index: number): boolean {
  const clauseStart = Math.max(...['，', ',', '、', ' ', '：', ':'].map((mark) => sentence.lastIndexOf(mark, index - 1))) + 1
  const before = sentence.slice(Math.max(0, clauseStart, index - 8), index)
  return NEGATION_BEFORE.test(before) && !QUESTION_BEFORE.test(before) && !NOT_A_DENIAL.test(before)
}
/** Round 10: 不 that says fear, force or feeling, not that something is absent. Round 24: … or a grievance ("称拆迁补偿不公要自焚"). */
const NOT_A_DENIAL = /不(敢|让|许|准|停|断|住|得了|行|舒服|对劲|省人事|醒|公|满|服)/

/**
 * Round 18: a hazard already fenced off or handed to the service that mends it, with only a repair asked ("雨水箅子缺失2处，
 * 沟口约40cm，已临时放置锥桶，需市政补装"), nothing that says it acts now or must be met at once, and nobody told under or
 * in it — a repair to follow up. A fence with a call to come ("已放锥桶，需市政到场"), a hand-over with people exposed
 * ("已拉警戒…下方人行道人流大") or a person hurt stays urgent; 已报警 is no such hand-over.
 */
/** A cordon or warning set up (锥桶, 警戒, 围挡 …), as a measure taken. */
const CORDON_SET = /(放置|摆放|设置|拉设|布设|放|摆|拉|围|设|竖)(了|好|起)?(临时)?(的)?(锥桶|锥筒|警戒|围挡|警示|隔离|护栏|路障|提示牌)/
// Round 24: … or tied down by the neighbours ("我们几个邻居先用绳子绑住了").
const TIED_DOWN = /(先|已|已经)(用|拿)[^，。！？!?,;；]{0,6}(绑住|绑好|捆住|捆好|拴住|固定住|固定好)/
// Round 20: … or fenced or covered with whatever was at hand ("已用砖块和纸箱临时围挡").
const MEASURES_TAKEN = /(已|已经)(用|拿)[^，。！？!?,;；]{0,8}(围挡|围住|围起来|盖住|遮盖|挡住|封住)/
const HANDED_OVER = new RegExp(`${MADE_SAFE.source}|${MEASURES_TAKEN.source}|${TIED_DOWN.source}|(已|已经)(临时|先)?${CORDON_SET.source}|(已|已经)(上)?报(给)?(环卫|市政|物业|维保|供电|城管|住建|房管|社区|街道|水务|自来水|排水|燃气公司|相关部门|有关部门)|(已|已经)(通知|联系)(了)?(物业|维保|市政|环卫|供电|水务|排水|城管)`)
// Round 19: … or an inspection or a setting right ordered ("已设围挡，需对外墙整体排查", "需扶正").
const REPAIR_ONLY = /补装|补上|补齐|更换|拆掉|拆除|换(一个|个|新)|修补|维修|修复|整改|加固|清掏|排查|检测|鉴定|扶正|铲除|粉刷/
const STILL_ACUTE = /立即|立刻|马上|赶紧|赶快|火速|速(来|到|处置|处理)|紧急|急需|仍有|仍在|还在|正在|不停|越来越|随时|火花|冒烟|着火|带电|落地|倒灌|进水|室内|家中|住户家|行人|人行(?!道)|路人|人流|下方|底下|楼下|伤|倒地|困|(伢|孩|小孩|学生|老人)[^，。！？!? ]{0,6}(在|正|往|经过|路过)/
/** Round 24: a sunken road or an open hole cordoned off in a note's measures ("已采取措施：摆放锥桶警示。诉求：市政尽快修补"),
 * a repair asked and nobody told in it now — six everyday writers wrote it as ordinary. Not a wall or a structure: a wall
 * bulging behind a cordon stays urgent. */
const CORDON_IN_MEASURES = new RegExp(`已采取措施[：:][^。！？!?]{0,12}${CORDON_SET.source}`)
export function groundCordonedForRepair(normalized: string): boolean {
  return CORDON_IN_MEASURES.test(normalized) && REPAIR_ONLY.test(normalized) && !STILL_ACUTE.test(normalized)
}
export function hazardContained(normalized: string): boolean {
  return HANDED_OVER.test(normalized) && REPAIR_ONLY.test(normalized) && !STILL_ACUTE.test(normalized)
}

/** Splits a report into the sentences the rules look at. */
export function urgentSentences(text: string): string[] {
  return sentences(text)
}

/** Every rule that fired, with the words that matched (one entry per reason, the first match). */
export function explainUrgent(text: string): UrgentEvidence[] {
  return urgentRuleHits(text).map((hit) => hit.evidence)
}

/** Every rule that fired (one per reason, the first match), with whether it stands without the scorer. */
export function urgentRuleHits(text: string): UrgentRuleHit[] {
  const whole = normalizeForUrgent(text)
  if (!urgentTextGuardsPass(whole)) return []
  let offset = 0
  const parts = sentences(whole).map((sentence) => {
    const start = whole.indexOf(sentence, offset)
    offset = start + sentence.length
    return { sentence, start }
  })
  const out: UrgentRuleHit[] = []
  for (const rule of urgentRules) {
    if (out.some((hit) => hit.evidence.reason === rule.reason)) continue
    if (rule.context && !rule.context.test(whole)) continue
    if (rule.unlessText?.test(whole)) continue
    for (const { sentence, start } of parts) {
      const matched = firstMatch(rule, sentence, whole, start)
      if (matched !== undefined) {
        out.push({ evidence: { reason: rule.reason, matched, sentence }, standsAlone: rule.standsAlone === true })
        break
      }
    }
  }
  return out
}

/** Chinese reasons why the text is urgent; empty when it is not. */
export function detectUrgent(text: string): string[] {
  return explainUrgent(text).map((evidence) => evidence.reason)
}

/**
 * Round 14: the rules' frame words, shared with the scorer's scene features (urgent-scene.ts), so a report is read as past,
 * made safe, feared, habitual or happening now by the same words on both sides.
 */
export const URGENT_FRAME_WORDS = { PAST_TIME, RESOLVED, MADE_SAFE, HYPOTHETICAL, HAPPENING_NOW, TODAY, STILL, CHRONIC, SCORER_NOT_NOW_BEFORE }
