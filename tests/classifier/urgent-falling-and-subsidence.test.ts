// Round 7 (issue 9): immediate physical hazards — something up high about to fall on people below, ground giving way,
// water coming down through a ceiling — and the near misses that must stay quiet (a pothole, a damp stain, a loose
// bracket already fixed, a worry about someday). Every sentence here was written for these tests (none is taken from
// any evaluation set).
import { explainUrgent } from '../../cloudfunctions/src/classifier'
import { detectUrgent } from '../../cloudfunctions/src/classifier/urgent-rules'

describe('urgent rules, round 7: hazards', () => {
  const positives: [string, string][] = [
    // overhead: hanging in mid-air / held by one screw / loose with people below
    ['二楼那个灯箱吊在半空中，一根铁丝挂着', '高处物体有坠落危险'],
    ['窗外的晾衣架只剩一颗螺丝了，在风里转圈', '高处物体有坠落危险'],
    ['五楼的空调外机支架脱开墙了，底下就是小区大门', '高处物体有坠落危险'],
    ['顶楼的太阳能支架锈断了，整个往外歪，楼下是停车位天天有人', '高处物体有坠落危险'],
    ['临街那家的门头招牌松脱了一边 下面全是等公交的人', '高处物体有坠落危险'],
    ['楼顶女儿墙开裂往外倾，正对着楼下的菜摊', '高处物体有坠落危险'],
    // the scorer's example until round 6, now a rule's
    ['城北菜场那排铺面的二楼阳台往下坠，下面全是买菜的人', '高处物体有坠落危险'],
    // ground giving way, and how bad it is
    ['体育路中间突然塌下去了，车都不敢走', '地面塌陷'],
    ['巷子口的路面塌了一个大洞，看得到下面的管子', '地面塌陷'],
    ['停车场地面陷下去一大片，旁边的地也在裂', '地面塌陷'],
    ['楼边上的地面一直在往下沉，墙根裂开了好宽的缝', '地面塌陷'],
    ['一个骑电动车的连人带车掉进坑里了', '地面塌陷'],
    ['那个洞还在变大，已经到人行道边上了', '地面塌陷'],
    ['下大雨后山坡塌方，泥巴堵到单元门口了', '地面塌陷'],
    // water through a ceiling
    ['主卧天花板哗哗往下流水，楼上家里没人', '污水或积水进入住户家中'],
    ['吊顶里的水像下雨一样往下落，盆子都接不住', '污水或积水进入住户家中'],
    ['楼上漏下来的水顺着灯线流到插座里了', '污水或积水进入住户家中'],
    ['客厅吊顶被水泡塌了，还在往下淌', '污水或积水进入住户家中'],
    ['顶上一直在漏，床上全是水，我妈晚上没地方睡', '污水或积水进入住户家中'],
  ]
  it.each(positives)('flags %s', (text, reason) => {
    expect(detectUrgent(text)).toContain(reason)
  })

  const negatives: string[] = [
    // overhead near misses: fixed, firm, cosmetic, someday, nothing hanging
    '空调外机的支架去年松过一次，物业已经换好了',
    '我家楼上的外机架子有点锈，还挺牢的，有空请人看看',
    '招牌的灯坏了一半，晚上不亮，下面是人行道',
    '怕哪天楼上的花盆掉下来，建议大家别放窗台外面',
    '挂在阳台上的衣服被风吹到半空中去了',
    '放风筝挂在树上了，吊在半空取不下来',
    // ground near misses: a pothole, a shallow dip, filled in, asking
    '路面塌陷了一块，下雨积水，请市政来补',
    '马路上有个坑，车过去颠得很',
    '人行道有一小块往下陷了，也就几厘米',
    '前几天塌的那个坑已经填平了，谢谢',
    '房子有点下沉，开发商说是正常沉降，想问问找谁鉴定',
    '坑坑洼洼的路什么时候能修',
    '路面塌陷倒是有人管了，现在是楼道灯不亮',
    // water near misses: a stain, a few drops, dried up, stopped, a habit
    '天花板上有块黄印子，以前漏过，现在干了',
    '卫生间顶上偶尔滴几滴水，想和楼上商量修防水',
    '楼上的水管前两天爆了，现在水早停了，墙要重新刷',
    '被子晒在外面被雨淋湿了',
  ]
  it.each(negatives)('does not flag %s', (text) => {
    expect(explainUrgent(text)).toEqual([])
  })
})
