// Explainable urgent rules (TAXONOMY.md "Urgent"): each rule has a Chinese reason label.
// A match is ignored when a negation sits just before it in the same clause
// ("没有闻到煤气味", "不是漏气") or when the clause says it is over ("上次着火以后").

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
}

const NEGATION_BEFORE = /(没有|没|冇得|冇|未|不是|并非|无|不)(闻到|闻见|发现|看到|见到|听到|有|是|什么|啥|再)?.{0,2}$/
/** "是不是漏气" and "有没有煤气味" ask, they do not deny. */
const QUESTION_BEFORE = /(是不是|有没有|有冇得|会不会).{0,2}$/
const PAST_OR_HYPOTHETICAL = /以后|之后|上次|上回|去年|以前|那次|隐患|演练|宣传|培训|预防|防范|万一|如果|(?<![主只需])要是|假如|担心/
/** Hypothetical or preventive talk only (collapse: "担心随时会塌" is still a warning that counts). */
const HYPOTHETICAL = /以后|之后|上次|上回|去年|以前|那次|隐患|演练|宣传|培训|预防|防范|万一|如果|(?<![主只需])要是|假如/
/** A clause that dates the event in the past ("上个月楼道里有煤气味") … */
const PAST_TIME = /上个?月|上个?星期|上周|前日|前天|昨天|昨日|昨晚|之前|以前|上次|上回|去年|前段时间|前几天|那次|当时|那天/
/** … counts only while the report does not say it is over ("后来燃气公司来修了", "已处理", "现在冇闻到了"). */
const RESOLVED = /已(经)?(处理|修好|修复|解决|排除|扑灭|灭了|恢复|联系上|找到)|(处理|修|解决|扑灭|找到|联系上)(好了|过了)|后来.{0,8}(修|处理|灭|找到|联系上|没事)|现在(没|冇|不|已经没|已经冇)(得)?(事|味|闻|烟|漏|问题)|(未|没|冇)(再)?闻到|不再|没事了|虚惊/
/** Overrides a past-time word elsewhere in the sentence ("上次说过了，今天…正在打架"). */
const HAPPENING_NOW = /正在|现在|还在|刚刚|刚才|此刻|这会儿|马上/
/** Said so strongly that no past-time word is needed ("后来找到了", "现在冇闻到了"). */
const RESOLVED_STRONG = /后来.{0,8}(修好|处理好|灭了|扑灭|找到|联系上|没事)|(已经|已)(找到|联系上)|现在(没|冇)(得)?(闻到|味|烟|事)|虚惊一场|没事了/

export const urgentRules: UrgentRule[] = [
  {
    reason: '燃气泄漏',
    patterns: [
      /(煤气|燃气|天然气|液化气|瓦斯)的?(味|气味|泄漏|泄露|漏了|在漏|跑出来)/,
      /漏气|跑气/,
      /(闻到|闻见|一股|有股|好大的|好重的|很重的|很浓的|蛮大的).{0,6}(煤气|燃气|天然气|液化气)/,
      /(燃气|煤气|天然气|气)(表|管|灶|阀|罐|瓶).{0,6}(嘶嘶|呲呲|滋滋|哧哧)/,
      /(嘶嘶|呲呲|滋滋)(响|的声音|地响).{0,10}(味|臭)/,
      /臭鸡蛋(的)?(味|气味)/,
      /(燃气|煤气)报警器.{0,4}(响|叫|报警)/,
    ],
    unless: [/轮胎|车胎|气球|打气|充气|万一|如果|担心|隐患|宣传|预防|演练|安全检查|燃气费|气费/],
  },
  {
    reason: '起火冒烟',
    patterns: [
      /着火|起火|失火|火灾|冒(黑|白|浓)?烟|浓烟|黑烟|烧起来|烧着了|着了火|火苗|明火|火光|火越来越大|火势|(楼道|屋里|家里|楼里|厨房|房间|楼上|楼下)[里内]?(有|全是|都是|好多)烟/,
      /(好大|好浓|很大|很浓|蛮大)的烟|烟(好大|很大|蛮大|好浓|很浓)|烟雾弥漫|呛得?(人)?(受不了|喘不过气|睁不开)/,
      /(电动车|电瓶车|电瓶|电池|插座|插线板|电线|电表箱|配电箱|空调|油锅).{0,6}(着了|烧了|烧起来|冒烟|炸了|爆炸|起火|燃起来)/,
      /爆炸|爆燃|烧焦的?(味|气味)|焦糊味/,
    ],
    unless: [PAST_OR_HYPOTHETICAL, /打火机|抽烟|吸烟|烟头|炊烟|香烟|烟花爆竹.{0,4}(禁|管)|油烟机/],
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
    unless: [/(没|冇|没有|无)(有)?人(被)?(困|关|卡|在里)|还好没|幸好没|好在没/],
  },
  {
    reason: '污水或积水进入住户家中',
    patterns: [
      /(污水|脏水|积水|雨水|粪水|臭水|洪水|水).{0,8}(灌|涌|漫|冒|淹|冲|倒灌|流)(进|到|入).{0,8}(家|屋|户|室内|房间|客厅|卧室|一楼)/,
      /往.{0,5}(家|屋|户|房间)里?(灌|涌|流|冒|漫)/,
      /(家|屋|客厅|卧室|房间|一楼|住户)里?.{0,3}被?淹|水淹(到|进)?.{0,2}(家|屋)|倒灌|进水了|泡在水里|泡水了/,
      /(漫|淹|涌|灌)(到|进)?(了)?(客厅|卧室|房间|屋里|家里|屋内|室内)|淹(了|到)?(我|他|她|人)?(家|屋)/,
      /(天花板|灯座|吊顶|楼板).{0,3}(往下|向下)(流|灌|淌|冒|浇)/,
      /(污水|脏水|粪水|臭水|黑水|水).{0,3}从.{0,8}(厕所|卫生间|地漏|马桶|下水口|下水道|水池).{0,4}(冒|涌|漫|返|喷)/,
      /漫了?一屋|淹了一屋|满屋(都是|全是)?(水|污水|脏水|粪水)?|满地(都是|全是)(水|污水|脏水)|积了(一层|好深的?|半尺|几公分|几厘米)(的)?水|水深.{0,4}(厘米|公分|米|尺)|水.{0,4}(没过|漫过)(脚|脚背|膝盖|床)/,
      /(家|屋|房间|一楼).{0,6}(成了|变成)(河|池塘|水塘)/,
    ],
    unless: [HYPOTHETICAL, /手机|电脑|厨房水龙头/],
  },
  {
    reason: '电线裸露或漏电',
    patterns: [
      /电线.{0,6}(裸露|露在外|露着|掉在|落地|断了|垂|打火|冒火花|火花|耷拉|拖在地|掉到地|搭在)/,
      /(裸露|露出|外露)的?(电线|线头|铜线)|漏电|冒火花|电火花|一碰就麻|带着电|带电|触电|电到人|被电(了|到|打)|打火(?!机)/,
      /电线.{0,6}(露出|掉下|断落|露出来)/,
      /高压线.{0,4}(掉|断|落|垂)/,
      /(电箱|电表箱|配电箱|电闸箱|电缆井).{0,8}(开着|敞着|门掉|门坏|门没了|电线露|线露)/,
      /(铜线|铜丝|线头|电线皮|电缆).{0,4}(露|破|光的|是光的|烧)/,
    ],
    unless: [/漏电保护|防触电|安全用电/, HYPOTHETICAL],
  },
  {
    reason: '房屋结构有倒塌危险',
    patterns: [
      /(要|快|随时|马上|就要|眼看|眼见|即将|快要)(会|要|就|可能|有)?(塌|垮|掉下|倒下|砸下|倒了)/,
      /快倒了|要倒了|坍塌|倒塌|垮塌|塌方|塌下来|垮下来|摇摇欲坠|往下掉(砖|渣|水泥|石|块)|掉砖|裂了好?大缝/,
      /(墙|楼|房|梁|柱|棚|雨棚|屋顶|楼板|阳台).{0,6}(裂开|开裂|倾斜|歪了|下沉|松动).{0,10}(塌|垮|掉|倒|危险)/,
      /(水泥块|砖块|砖头|预制板|阳台板|楼板|墙皮块|瓦片|石块|混凝土块).{0,4}(掉下来|砸下来|往下掉|掉了下来)/,
      /(房子|墙|棚子|棚屋|铁皮房|架子|脚手架|广告牌|招牌|围墙|雨棚|屋顶).{0,6}(在晃|晃得厉害|晃来晃去|摇晃|要倒|歪倒|倾斜)/,
    ],
    unless: [HYPOTHETICAL, /股市|股票|基金|房价/],
  },
  {
    reason: '独居老人联系不上',
    patterns: [
      /联系不上|打不通|没人接|冇人接|冇得人接|无人接听|(没|冇|不)接电话|电话.{0,3}(也|都|一直|还)?(没|冇|不)(人)?接|(没|冇|无)(人)?(回应|应答|应门|应声|开门)|(没|冇|无)人应|敲.{0,6}(没|冇|不)(人)?(应|开|反应|回应|动静)|叫不开|喊不应|叫不应|(没|冇)(有)?(反应|动静)|失联/,
      /(两|三|四|五|几|好几|一|连续|多|整整|[0-9０-９]+)(天|日).{0,6}(没|冇|未|冇得)(见|看到|看见|出门|出来|下楼|露面|开门|开灯|动静|人影|消息)/,
    ],
    context: /独居|一个人住|一个人在家|一个人生活|一个人过|自己一个人|单独住|独自(在家|住|生活|一人)|孤寡|空巢|孤老|五保/,
    unlessBefore: /(物业|客服|热线|房东|老板|公司|师傅|单位|工作人员|网格员|社区|居委会|办事处|窗口|医院|派出所|反映|投诉|报修|申请|办理|[0-9]{3,}).{0,6}$/,
  },
  {
    reason: '独居老人联系不上',
    patterns: [/老人失联|失联(的)?老人|(老人|老太太|老奶奶|老爷爷|老头|老太|爹爹|婆婆|太婆).{0,3}(几|两|三|好几)天(都)?(没|冇)(人)?(见|看到|出门|下楼|露面)/],
  },
  {
    reason: '正在发生暴力',
    patterns: [
      /(拿|持|动|提|举|掏|抄|挥)(着|起|出)?.{0,2}(刀|棍|棒|斧|砍刀|菜刀|铁棍|钢管|砖头)|砍人|乱砍|追着砍|捅人|捅了|(打|砍)得.{0,4}(头破血流|流血|出血|满脸是血)/,
      /(正在|在|又在)(打人|打架|打老婆|打老公|打孩子|打伢|打小孩|打老人|打女的|打男的|殴打|动手|互殴|砸门|砸东西|砸车)|打起来了|打人了|动手打|家暴|抢劫|抢包/,
      /(男的|女的|他|她|儿子|丈夫|老公)在打(女的|男的|他|她|老婆|老公|妈|爸|老人|孩子)/,
    ],
    unless: [/经常|防范|宣传|讲座/],
    unlessSentence: PAST_TIME,
  },
  {
    reason: '有人呼救',
    patterns: [/救命|呼救|喊救人/],
    unless: [/救命钱|救命药|救命稻草/],
  },
]

/** Splits into clauses; rules never look across a full stop, a question mark or a line break. */
function sentences(text: string): string[] {
  return text.normalize('NFKC').split(/[。！？!?\n；;]+/).filter(Boolean)
}

/** The comma-separated clause around a match (speech-to-text without commas gives one long clause). */
function clauseAround(sentence: string, start: number, end: number): { text: string; start: number } {
  const from = Math.max(sentence.lastIndexOf('，', start - 1), sentence.lastIndexOf(',', start - 1)) + 1
  const stops = [sentence.indexOf('，', end), sentence.indexOf(',', end)].filter((i) => i >= 0)
  const to = stops.length ? Math.min(...stops) : sentence.length
  return { text: sentence.slice(from, to), start: from }
}

function firesIn(rule: UrgentRule, sentence: string, text: string): boolean {
  for (const pattern of rule.patterns) {
    const global = new RegExp(pattern.source, 'g')
    for (let match = global.exec(sentence); match; match = global.exec(sentence)) {
      if (match[0].length === 0) global.lastIndex++
      const clause = clauseAround(sentence, match.index, match.index + match[0].length)
      if (rule.unless?.some((unless) => unless.test(clause.text))) continue
      if (rule.unlessSentence?.test(sentence) && !HAPPENING_NOW.test(sentence)) continue
      // Over and done: "上个月楼道里有煤气味，后来燃气公司来修了" / "后来找到了".
      if (RESOLVED_STRONG.test(text) || (PAST_TIME.test(clause.text) && RESOLVED.test(text))) continue
      if (rule.unlessBefore?.test(sentence.slice(Math.max(clause.start, match.index - 10), match.index))) continue
      const before = sentence.slice(Math.max(clause.start, match.index - 8), match.index)
      if (!NEGATION_BEFORE.test(before) || QUESTION_BEFORE.test(before)) return true
    }
  }
  return false
}

/** Chinese reasons why the text is urgent; empty when it is not. */
export function detectUrgent(text: string): string[] {
  const parts = sentences(text)
  const whole = text.normalize('NFKC')
  return urgentRules
    .filter((rule) => !rule.context || rule.context.test(whole))
    .filter((rule) => parts.some((sentence) => firesIn(rule, sentence, whole)))
    .map((rule) => rule.reason)
    .filter((reason, i, all) => all.indexOf(reason) === i)
}
