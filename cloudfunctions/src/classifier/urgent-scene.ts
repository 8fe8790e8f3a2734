// Round 14: the scene of a report as abstract features for the urgent scorer (urgent-scorer.ts forEachUrgentGram).
// An urgent report tells (a) a hazard that is acting or about to act, (b) now — not past, habitual, feared, asked about
// or made safe — (c) with someone or something exposed. Surface n-grams let the scorer memorise one writer's words for
// a scene; these classes (hazard family × now × exposed × frame) are shared by every writer, so the scorer can learn
// "a hazard, now, with a person in it" and "a hazard, told as past or as a request" from classes instead.
// The frame words are the rules' own (urgent-rules.ts URGENT_FRAME_WORDS), so rules and scorer read frames alike.
// Shipped uses: sceneIsUrgent (urgent-scorer.ts SCENE_OVERRIDE_AT; round 19 retired sceneIsFramedNotNow, see urgent.ts
// RULE_NEEDS_URGENCY). sceneFeatures as scorer features: off in round 14's model, on since round 15 (train-urgent.ts
// SCENE; README, Round 15: leave-one-writer-out with three more training writers).
import { URGENT_FRAME_WORDS as W } from './urgent-rules'

/** Every scene feature starts with this mark, which no normalised text contains; never shown as evidence. */
export const SCENE_MARK = '§'

const HAZARDS: [string, RegExp][] = [
  // smoke, not a cigarette end, smoking or cooking fumes
  ['fire', /火|(?<![香抽油])烟(?!头|蒂|灰|酒)|烧|焦|炸|爆/],
  ['fumes', /煤气|燃气|天然气|液化气|气味|味道|刺鼻|熏|呛|头晕|稀料|化学|毒|炭/],
  ['electric', /电线|漏电|触电|电到|火花|电箱|配电|高压|带电|插座|插排|电表/],
  ['water', /淹|灌|漫|涨|洪|溺|水里|进水|积水|冒水|爆管|爆裂|漏水|落水|江|河|湖|塘/],
  ['structure', /塌|垮|(?<!倾)倒|裂|歪|斜|倾|掉|坠|砸|晃|松|脱|掀|吊|悬|断|翘|压/],
  ['ground', /坑|洞|陷|井|下沉|滑坡|淤泥|空了/],
  ['body', /晕|昏|倒地|躺|流血|出血|喘|抽筋|抽搐|吐|摔|跌|不醒|答应|中暑|发紫|骨折|咬|伤|烧伤|烫|噎|卡住|吞|意识|呼吸|心跳|急救|120/],
  ['violence', /打人|打我|打她|打他|砍|刀|撬|偷|抢|威胁|跟踪|尾随|骗|闯|打架|家暴|砸门|踢门/],
  ['trapped', /困|关在|锁在|反锁|插上|卡在|夹住|夹在|出不来|下不来|上不来|起不来|动不了|爬不起/],
  ['missing', /走失|走丢|没找到|冇找到|找不到|迷路|不见了|没回|冇回|失联|联系不上|打不通|没人接|冇人接|不开门|没开门|冇开门/],
  ['weather', /零下|冻|严寒|寒潮|高温|中暑|太热|热天|暴雨|大风|台风|雷/],
]
const NOW = new RegExp(`${W.HAPPENING_NOW.source}|发现|当日|当天|一直|不停|越来越|随时|眼看|快要|快(塌|倒|掉|断|淹|不行)|就要|还没|仍|正往|在往|此时|目前|当前|马上`)
const EXPOSED = /人|伢|孩|娃|宝宝|婴|小朋友|学生|老(头|太|婆|爹|伴)|婆婆|爹爹|爷爷|奶奶|妈|爸|孕妇|下面|下方|底下|楼下|里面|里头|屋里|家里|一个人|独自|无法|不能|不敢|冇得人|没人|无人|车辆|车内|路过|经过/
const FRAMES: [string, RegExp][] = [
  ['past', W.PAST_TIME],
  ['safe', new RegExp(`${W.RESOLVED.source}|${W.MADE_SAFE.source}|(没|冇|未|无)(有|得)?(人)?(伤|困|事)|已(通知|转|报|联系|上门|沟通|调解|入库)|放心|(换|修|补|处理|清理|疏通|拆|弄|搞)(好|掉|完)了`)],
  ['habit', new RegExp(`${W.CHRONIC.source}|经常|每次|老是|总是|时常|常常|每年|每回|每晚|每天|天天|一(下|到|落)(大)?雨(就|便)|逢雨|(下)?雨天`)],
  ['fear', new RegExp(`${W.HYPOTHETICAL.source}|担心|生怕|就怕|怕(?!是)|会不会|以防|防止`)],
  ['request', /能不能|可不可以|可否|建议|希望|想问|请问|问(一)?下|咨询|申请|什么时候|么时候|有没有|有冇得|要不要|该不该|安排|检修|加装|装个|换个|修一下|帮忙看/],
]

/** Something in the text happens now, today or still lasts. */
function isNow(normalized: string): boolean {
  return NOW.test(normalized) || W.TODAY.test(normalized) || W.STILL.test(normalized)
}

/** The scene features of one normalised text (or sentence): classes and their combinations. */
export function sceneFeatures(normalized: string): string[] {
  const hazards = HAZARDS.filter(([, words]) => words.test(normalized)).map(([name]) => name)
  const frames = FRAMES.filter(([, words]) => words.test(normalized)).map(([name]) => name)
  const now = isNow(normalized)
  const exposed = EXPOSED.test(normalized)
  const scene = [now ? 'now' : 'not-now', exposed ? 'exposed' : 'nobody', ...frames]
  const out = scene.map((s) => SCENE_MARK + s)
  if (now && exposed) out.push(`${SCENE_MARK}now×exposed`)
  if (!frames.length) out.push(`${SCENE_MARK}no-frame`)
  for (const hazard of hazards) {
    out.push(`${SCENE_MARK}${hazard}`)
    for (const s of scene) out.push(`${SCENE_MARK}${hazard}×${s}`)
    if (now && exposed) out.push(`${SCENE_MARK}${hazard}×now×exposed${frames.length ? '×framed' : ''}`)
  }
  if (!hazards.length) out.push(`${SCENE_MARK}no-hazard`)
  return out
}

/** Frames that say the danger is not acting now on someone: over, made safe, a habit or only feared. */
const NOT_NOW_FRAMES = new Set(['past', 'safe', 'habit', 'fear'])

/**
 * Round 14: the whole scene of an urgent report — a hazard, now, with someone or something exposed, and no frame that
 * says it is over, made safe, habitual or only feared. Lets the scorer stand when it is sure of a situation whose
 * hand-written cue words the writer happened not to use (urgent-scorer.ts SCENE_OVERRIDE_AT).
 */
export function sceneIsUrgent(normalized: string): boolean {
  if (!HAZARDS.some(([, words]) => words.test(normalized))) return false
  if (FRAMES.some(([name, words]) => NOT_NOW_FRAMES.has(name) && words.test(normalized))) return false
  return isNow(normalized) && EXPOSED.test(normalized)
}
