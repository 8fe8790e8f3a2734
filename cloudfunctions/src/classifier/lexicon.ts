// Hand-written domain lexicon (from TAXONOMY.md and everyday usage): each term that occurs in a text
// adds the feature "#<category>", so words that are rare in the corpus still pull towards their category.
import type { CategoryCode } from '../../../src/core/domain/category'

export const LEXICON: Record<CategoryCode, string[]> = {
  sanitation: ['垃圾', '清运', '垃圾桶', '垃圾站', '垃圾房', '垃圾道', '保洁', '打扫', '清扫', '卫生', '脏', '臭', '异味', '恶臭', '蚊', '苍蝇', '老鼠', '蟑螂', '消杀', '灭鼠', '杀虫', '公厕', '厕所', '粪', '屎', '尿', '痰', '烟头', '纸屑', '果皮', '塑料袋', '蛆', '死猫', '死狗', '臭水沟', '环卫', '清洁', '灰尘', '发霉', '腐烂', '污渍'],
  cityscape: ['违建', '违章', '搭建', '加盖', '私搭', '乱建', '彩钢', '棚子', '占道', '摆摊', '摊贩', '小摊', '地摊', '流动', '夜市', '烧烤', '广告', '传单', '牛皮癣', '喷涂', '涂鸦', '乱贴', '人行道', '盲道', '广场舞', '音响', '喇叭', '扰民', '施工', '工地', '打桩', '渣土', '城管', '店铺', '商铺', '门面', '饭馆', '酒吧', '油烟', '乱停'],
  facility: ['路灯', '路面', '马路', '道路', '坑洼', '井盖', '窨井', '雨水口', '排水', '积水', '市政', '停水', '停电', '停气', '供水', '供电', '自来水', '燃气公司', '健身器材', '器材', '无障碍', '坡道', '公交', '站台', '站牌', '红绿灯', '信号灯', '护栏', '天桥', '减速带', '电线杆', '管网', '街道'],
  property: ['物业', '电梯', '楼道灯', '声控灯', '感应灯', '单元门', '门禁', '对讲', '防盗门', '顶楼', '屋顶', '渗水', '外墙', '物业费', '维修基金', '业委会', '业主', '保安', '门卫', '门岗', '道闸', '车位', '地锁', '停车费', '车库', '二次供水', '水箱', '泵房', '报修', '化粪池', '排水管', '雨水管', '小区大门', '楼栋'],
  dispute: ['邻居', '楼上', '隔壁', '对门', '邻里', '装修', '电钻', '砸墙', '噪音', '吵', '跑跳', '麻将', '练琴', '狗叫', '宠物', '养狗', '养猫', '杂物', '过道', '走廊', '鞋柜', '家庭', '夫妻', '婆媳', '兄弟', '赡养', '调解', '吵架', '矛盾', '纠纷', '砌墙', '占地', '宅基地', '空调外机', '滴水', '晾衣'],
  safety: ['偷', '盗', '小偷', '可疑', '陌生人', '打架', '斗殴', '诈骗', '骗', '冒充', '充电', '飞线', '电瓶', '电动车', '消防', '灭火器', '易燃', '火灾', '着火', '起火', '冒烟', '煤气', '燃气味', '漏气', '高空抛物', '往下扔', '被困', '持刀', '砍', '报警', '派出所', '警察', '危险', '安全'],
  labor: ['工资', '欠薪', '拖欠', '讨薪', '工钱', '老板', '包工头', '公司', '单位', '厂', '失业', '就业', '工作', '招聘', '培训', '社保', '医保', '养老保险', '养老金', '退休', '工龄', '劳动', '合同', '辞退', '开除', '补偿', '工伤', '加班', '灵活就业', '上班', '打工', '务工'],
  welfare: ['独居', '孤寡', '空巢', '老人', '老年', '助餐', '送餐', '食堂', '残疾', '低保', '救助', '困难', '补贴', '补助', '留守', '儿童', '看病', '医生', '医院', '住院', '药', '公租房', '廉租房', '保障房', '住房', '高龄', '护理', '瘫痪', '孤儿', '特困', '生活不能自理', '照顾', '照料'],
  suggestion: ['建议', '意见', '希望', '提议', '表扬', '感谢', '谢谢', '点赞', '赞', '好评', '辛苦', '活动', '组织', '书法', '文艺', '演出', '讲座', '政策', '规划', '改造', '公示', '公开', '换届', '说事会', '议事', '座椅', '种树', '阅览室', '图书', '想法', '提个'],
  other: ['请问', '几点', '办公时间', '证明', '户口', '居住证', '材料', '办理', '在吗', '你好', '测试', '失物', '捡到', '丢了', '走丢', '快递', '电费', '小程序', '登录', '天气', '下雨', '学籍', '打印', '登记', '咨询', '哪里', '怎么办理'],
}

interface Entry {
  term: string
  feature: string
}

const byFirstChar = new Map<string, Entry[]>()
for (const [category, terms] of Object.entries(LEXICON)) {
  for (const term of terms) {
    const list = byFirstChar.get(term[0]) ?? []
    list.push({ term, feature: '#' + category })
    byFirstChar.set(term[0], list)
  }
}

/** Calls `visit` with "#<category>" once per category whose lexicon has a term in the (normalised) text. */
export function forEachLexiconFeature(normalized: string, visit: (feature: string) => void): void {
  const found = new Set<string>()
  for (let i = 0; i < normalized.length; i++) {
    const entries = byFirstChar.get(normalized[i])
    if (!entries) continue
    for (const entry of entries) {
      if (!found.has(entry.feature) && normalized.startsWith(entry.term, i)) found.add(entry.feature)
    }
  }
  found.forEach(visit)
}
