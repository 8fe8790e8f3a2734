// How people phrase a report: templates and fillers per style, each split into the
// pieces used for training and the pieces held out for evaluation (never seen in training).

export type Style = 'typed' | 'speech' | 'grid' | 'fragment' | 'mixed'

export interface Split<T> {
  train: T[]
  heldout: T[]
}

export const TEMPLATES: Record<Style, Split<string>> = {
  typed: {
    train: ['{core}', '{core}，{ask}', '{core}，{ask}！', '你好，{core}，{ask}', '{core}。{tail}', '反映个问题：{core}', '{core}！！', '{core}，{tail}', '社区你好，{core}。', '请问一下，{core}', '{core}，请问该找哪个部门？', '{core}，这种情况怎么处理？', '您好，{core}，希望能尽快解决', '{core}，谢谢了', '{core}，麻烦了', '各位好，{core}，{ask}', '想问一下，{core}', '{core}，求助！', '{core}，希望社区重视', '{core}。请回复', '报告一下，{core}', '{core}，拜托了', '{core}，这个找谁', '{core}，想咨询一下', '请教一下，{core}', '{core}？', '{core}，不知道找哪里', '你们好，{core}，辛苦'],
    heldout: ['请问{core}，这个归谁管？', '{core}，能不能派人来处理一下，谢谢', '麻烦问下，{core}', '急！{core}'],
  },
  speech: {
    train: [
      '喂{f}是社区吧{f}我跟你们反映个事{f}{core}{f}{dcomplain}{f}{dask}',
      '{f}我是{area}的{f}{core}{f}{dur}了{f}{dask}',
      '哎呀{f}{core}{f}{dcomplain}{f}{dask}',
      '你好你好{f}我说个事啊{f}就是那个{f}{core}{f}{dask}',
      '我屋里老头子让我来说一下{f}{core}{f}{dcomplain}',
      '喂{f}我住{area}{f}{core}{f}{dcomplain}',
      '{f}社区的同志啊{f}{core}{f}{dask}',
      '那个{f}我反映一下啊{f}{core}{f}{dur}了{f}{dcomplain}{f}{dask}',
      '我是{area}的老住户{f}{core}{f}{dask}', '喂{f}社区吗{f}我是{area}的{f}我跟你说啊{f}{core}{f}{dcomplain}{f}我一个老的也搞不清楚{f}{dask}', '{f}我个老头子{f}耳朵不好{f}你们听我说{f}{core}{f}{dur}了{f}{dask}', '同志啊{f}麻烦你们个事{f}{core}{f}我儿子在外地{f}冇得人帮我{f}{dask}', '那个{f}我跟你们讲个事{f}不晓得是不是归你们管{f}{core}{f}{dask}', '喂{f}听得清吧{f}{core}{f}就是这个事{f}{dcomplain}'],
    heldout: [
      '喂喂{f}听得到吧{f}我个老婆婆不会打字{f}{core}{f}{dcomplain}{f}{dask}',
      '我跟你讲啊{f}{core}{f}{dask}{f}就这个事',
    ],
  },
  grid: {
    train: [
      '【入户走访】{date}，{area}居民反映：{fcore}。诉求：{demand}。',
      '网格员登记：{name}反映{fcore}，{demand}。',
      '{date}接居民来电，反映{fcore}，已记录，{route}。',
      '居民说事会记录：{name}（{area}居民）提出{fcore}，{demand}。',
      '【电话受理】{date}，{name}来电：{fcore}。{demand}。',
      '走访记录：{area}，{fcore}，居民希望尽快解决。',
      '{date}网格巡查发现：{fcore}，{route}。',
      '民情日记：{name}反映{fcore}，{demand}。', '时间：{date}。地点：{area}。事由：{fcore}。{demand}。', '{date}，{area}，{name}反映：{fcore}，{route}。', '【民情台账】{area}｜{fcore}｜{demand}', '{date}入户，{name}称{fcore}，{route}。'],
    heldout: [
      '巡查日志：{date}，经现场核实，{fcore}，{route}。',
      '事项登记｜来源：电话｜内容：{fcore}｜处理建议：{demand}',
    ],
  },
  fragment: {
    train: ['{frag}', '{frag}！', '{frag}怎么办', '反映{frag}', '{frag}啊', '{frag}，急', '请问{frag}', '{frag}咋办', '{frag}，快来人看看'],
    heldout: ['{frag}谁管', '{frag}？', '关于{frag}'],
  },
  mixed: {
    train: [
      '{mention}的事上次说过了，今天主要反映{core}',
      '{mention}倒是有人管了，现在是{core}，{ask}',
      '{core}。另外{mention}也有，不过那个不急',
      '先不说{mention}，{core}，{ask}',
      '{mention}的问题已经解决了，现在{core}，{ask}',
      '{mention}也就算了，关键是{core}',
      '{mention}我们自己协商好了，现在主要是{core}',
      '{core}。{mention}那个不要紧',
      '上回说的{mention}已经修好了，这次是{core}',
      '{mention}先不讲，{core}，{ask}',
      '{core}，另外还有{mention}，不过不急',
      '{mention}有人在弄了，我想说的是{core}', '{mention}那边说过几天来弄，我要问的是{core}', '{mention}我不计较，可{core}，{ask}', '{mention}不算什么，最麻烦的是{core}', '{mention}已经登记过了，另外{core}，{ask}', '{mention}那个慢慢谈，今天是想说{core}', '虽然{mention}，但{core}，{ask}', '{mention}回头再说，{core}'],
    heldout: [
      '{mention}那个我晓得在处理，我这回要说的是{core}',
      '{core}，这个最要紧。顺便提一句{mention}，以后再说',
    ],
  },
}

export const SLOTS: Record<string, Split<string>> = {
  in: {
    train: ['我们小区', '我住的3栋', '小区院子里', '2单元', '我家楼下', '小区东门那边', '5号楼后面', '我们那栋楼', '幸福小区', '航空路社区老宿舍', '我们院子', '9栋2单元', '老干部小区', '我们楼里', '小区南门', '小区花园边上'],
    heldout: ['7栋楼下', '家属院里', '我们单元', '小区北门', '江汉小区'],
  },
  road: {
    train: ['荆州北路', '江津路那段', '小区门口的马路', '北京路和红门路路口', '菜市场那条街', '巷子口', '沙隆达大道', '中山路', '园林路', '长江大道', '红星路', '菜场门口那条路', '解放路', '东门口的马路'],
    heldout: ['塔桥路', '航空路', '学校门口的路', '胜利街', '便河路'],
  },
  dur: { train: ['好几天', '一个多星期', '半个多月', '两三个月', '好久', '十来天'], heldout: ['快一个月', '三四天', '大半年'] },
  days: { train: ['两天', '三天', '好几天'], heldout: ['两三天', '四天'] },
  ask: {
    train: ['谁来管一管', '请尽快处理', '希望社区帮忙协调', '麻烦处理一下', '请相关部门解决', '能不能管管', '怎么办', '希望尽快解决', '请帮忙协调一下', '能帮忙看看吗', '麻烦派个人来看看', '请尽快安排', '谢谢', '请社区出面', '应该找哪个部门'],
    heldout: ['有没有人管啊', '求解决', '盼回复'],
  },
  tail: { train: ['已经反映过好几次了。', '希望早日解决。', '谢谢！', '麻烦了。', '请尽快答复。', '感谢！'], heldout: ['辛苦了。', '等你们消息。'] },
  f: {
    train: ['，', '啊，', '嗯，', '那个，', '就是说，', '你晓得吧，', '咧，', ' ', ''],
    heldout: ['，', '呃，', '是这样的，', ''],
  },
  dcomplain: {
    train: ['搞么斯嘛', '冇得人管', '蛮烦人的', '我们老的么样搞哦', '真的是冇得办法', '蛮造孽的', '烦都烦死了', '一点用都冇得', '急死个人'],
    heldout: ['这个么样得了哦', '冇得哪个问'],
  },
  dask: {
    train: ['你们克看一下撒', '你们来搞一下嘛', '么样搞嘛', '帮我们解决一下撒', '麻烦你们克管一下', '你们帮忙问一下撒', '克跟他们说哈子', '早点搞好撒'],
    heldout: ['你们要来看哈子', '请你们帮个忙撒'],
  },
  area: { train: ['三号楼', '航空路社区', '胜利街那边', '老宿舍', '一号楼', '南门那边', '三湾路那边', '太岳路', '金龙路社区'], heldout: ['便河那边', '东门那里'] },
  date: { train: ['3月5日', '5月15日上午', '10月25日', '本周一', '7月2日', '前天'], heldout: ['6月8日下午', '昨日'] },
  name: { train: ['张某', '李大爷', '王女士', '刘先生', '孙大爷', '周女士'], heldout: ['陈某', '赵阿姨'] },
  demand: {
    train: ['请尽快协调解决', '要求相关部门处理', '希望社区出面协调', '请求上门查看', '希望尽快处理', '请相关科室跟进', '需协调解决', '建议尽快维修', '建议更换', '请求上门帮助', '建议协调解决'],
    heldout: ['建议转交相关单位办理', '请予以关注'],
  },
  route: { train: ['拟转相关单位办理', '将在说事会上讨论', '已上报街道', '已转交相关部门', '已告知居民办理渠道', '已电话回复居民', '已联系相关单位'], heldout: ['待核实后处理'] },
}

/** Hubei / Jingzhou dialect substitutions used by speech-to-text from elderly residents. */
export const DIALECT: [string, string][] = [
  ['没有', '冇得'],
  ['很', '蛮'],
  ['什么', '么事'],
  ['怎么办', '么样搞'],
  ['怎么', '么样'],
  ['家里', '屋里'],
  ['孩子', '伢'],
  ['知道', '晓得'],
  ['去看', '克看'],
  ['干什么', '搞么斯'],
]

/** Turns a resident's words into a grid worker's note. */
export const FORMAL: [string, string][] = [
  ['我家', '该户'],
  ['我们小区', '该小区'],
  ['我们', '居民'],
  ['我妈', '其母亲'],
  ['我', '本人'],
  ['天天', '每日'],
  ['好几天', '多日'],
  ['了', ''],
]

export const STYLE_WEIGHTS: [Style, number][] = [
  ['typed', 0.35],
  ['speech', 0.2],
  ['grid', 0.15],
  ['fragment', 0.15],
  ['mixed', 0.15],
]
