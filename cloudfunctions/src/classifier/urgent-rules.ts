// Explainable urgent rules (TAXONOMY.md "Urgent"): each rule has a Chinese reason label.
// A match is ignored when a negation sits just before it in the same clause
// ("没有闻到煤气味", "不是漏气") or when the clause says it is over ("上次着火以后").

export interface UrgentRule {
  /** Reason shown to staff, in Chinese. */
  reason: string
  patterns: RegExp[]
  /** A clause matching any of these does not count for this rule. */
  unless?: RegExp[]
}

const NEGATION_BEFORE = /(没有|没|冇得|冇|未|不是|并非|无|不)(闻到|闻见|发现|看到|见到|听到|有|是|什么|啥|再)?.{0,2}$/
/** "是不是漏气" and "有没有煤气味" ask, they do not deny. */
const QUESTION_BEFORE = /(是不是|有没有|有冇得).{0,2}$/
const PAST_OR_HYPOTHETICAL = /以后|之后|上次|上回|去年|以前|那次|隐患|演练|宣传|培训|预防|防范|万一|如果|担心/

export const urgentRules: UrgentRule[] = [
  {
    reason: '燃气泄漏',
    patterns: [
      /(煤气|燃气|天然气|液化气)的?(味|气味|泄漏|泄露|漏了|在漏)/,
      /漏气/,
      /闻到.{0,4}(煤气|燃气|天然气|液化气)/,
      /燃气(表|管|灶).{0,4}嘶嘶/,
    ],
    unless: [/轮胎|车胎|气球|打气|万一|如果|担心|隐患|宣传|预防|演练/],
  },
  {
    reason: '起火冒烟',
    patterns: [/着火|起火|失火|火灾|冒(黑|白|浓)?烟|浓烟|烧起来|烧着了|火苗|明火|火越来越大|(楼道|屋里|家里|楼里|厨房)[里内]?有烟/],
    unless: [PAST_OR_HYPOTHETICAL, /打火机|抽烟|烟头|炊烟/],
  },
  {
    reason: '电梯困人',
    patterns: [
      /(困|关|卡)在.{0,3}电梯/,
      /被困电梯|电梯困人|电梯关人/,
      /电梯.{0,20}(困人|困住|被困|关了?.{0,3}人|关人|出不来|喊救命|里面有人|人在里面|还在里面|关在里面)/,
      /电梯.{0,12}里面(还)?有个?(孩子|伢|小孩|老人|人)/,
    ],
  },
  {
    reason: '污水或积水进入住户家中',
    patterns: [
      /(污水|脏水|积水|雨水|粪水|水).{0,6}(灌|涌|漫|冒|淹|冲|倒灌|流)(进|到|入).{0,4}(家|屋|户|室内|房间)/,
      /往.{0,5}(家|屋|户)里?(灌|涌|流|冒)/,
      /(家|屋|客厅|卧室)里?.{0,3}被?淹|水淹(到|进)?.{0,2}(家|屋)|倒灌|进水了|泡在水里/,
      /(漫|淹|涌|灌)(到|进)?(客厅|卧室|房间|屋里|家里)|淹(了|到)?(我|他|她|人)?(家|屋)/,
      /(天花板|灯座|吊顶|楼板).{0,3}(往下|向下)(流|灌|淌|冒)/,
      /(污水|脏水|粪水|臭水).{0,3}从.{0,8}(厕所|卫生间|地漏|马桶|下水口).{0,3}(冒|涌|漫|返)/,
      /漫了?一屋|淹了一屋/,
    ],
    unless: [PAST_OR_HYPOTHETICAL, /手机|电脑/],
  },
  {
    reason: '电线裸露或漏电',
    patterns: [
      /电线.{0,6}(裸露|露在外|露着|掉在|落地|断了|垂|打火|冒火花|火花)/,
      /(裸露|露出)的?电线|漏电|冒火花|一碰就麻|带着电|打火(?!机)/,
      /电线.{0,6}(露出|掉下|断落)/,
      /高压线.{0,4}(掉|断|落)/,
      /电箱.{0,6}(开着|电线露)/,
      /(铜线|铜丝|线头|电线皮).{0,4}(露|破)/,
    ],
    unless: [/漏电保护/],
  },
  {
    reason: '房屋结构有倒塌危险',
    patterns: [
      /(要|快|随时|马上|就要)会?(塌|垮|掉下|倒下)/,
      /快倒了|坍塌|倒塌|摇摇欲坠|往下掉(砖|渣|水泥|石)|掉砖|裂了好?大缝/,
      /(墙|楼|房|梁).{0,4}(裂开|开裂).{0,8}(塌|掉)/,
      /(水泥块|砖块|砖头|预制板|阳台板|楼板).{0,4}(掉下来|砸下来|往下掉)/,
    ],
    unless: [PAST_OR_HYPOTHETICAL],
  },
  {
    reason: '独居老人联系不上',
    patterns: [
      /(独居|一个人住|一个人在家|孤寡|空巢|独自在家).{0,20}(联系不上|打不通|没人接|冇人接|无人接听|不接|敲门没|叫不开|没反应|没人应|没见人|没露面|没动静|没出门|没开门|没开灯|失联)/,
      /老人失联|(联系不上|打不通).{0,8}(独居|孤寡|老人)/,
    ],
  },
  {
    reason: '正在发生暴力',
    patterns: [
      /(拿|持|动|提)着?(刀|棍|棒|斧|砍刀)|砍人|乱砍|追着砍/,
      /(正在|在)(打人|打架|打老婆|殴打|动手)|打起来了|打人了|家暴/,
    ],
    unless: [/昨天|上次|以前|经常|去年/],
  },
  {
    reason: '有人呼救',
    patterns: [/救命/],
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

function firesIn(rule: UrgentRule, sentence: string): boolean {
  for (const pattern of rule.patterns) {
    const global = new RegExp(pattern.source, 'g')
    for (let match = global.exec(sentence); match; match = global.exec(sentence)) {
      if (match[0].length === 0) global.lastIndex++
      const clause = clauseAround(sentence, match.index, match.index + match[0].length)
      if (rule.unless?.some((unless) => unless.test(clause.text))) continue
      const before = sentence.slice(Math.max(clause.start, match.index - 8), match.index)
      if (!NEGATION_BEFORE.test(before) || QUESTION_BEFORE.test(before)) return true
    }
  }
  return false
}

/** Chinese reasons why the text is urgent; empty when it is not. */
export function detectUrgent(text: string): string[] {
  const parts = sentences(text)
  return urgentRules.filter((rule) => parts.some((sentence) => firesIn(rule, sentence))).map((rule) => rule.reason)
}
