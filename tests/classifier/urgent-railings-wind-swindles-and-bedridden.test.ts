// Round 17 (README): the scorer's cue words know someone standing outside a railing, what the wind lifts and sends
// flying, a swindle told by the payment it asks for now, and someone bedridden or too weak to call — a carer in hospital
// does not close the danger of the person left alone; someone lying in a road (躺了个人) is told by 躺了 too. Every
// sentence here was written for these tests (none is from an evaluation set).
import { detectUrgent } from '../../cloudfunctions/src/classifier/urgent'

describe('urgent scorer, round 17: railings, wind, swindles and the bedridden', () => {
  it.each([
    '3栋楼顶有个女的翻到护栏外面站着，一直在哭，喊她也不回',
    '大风把楼顶的彩钢板吹起来了，一张一张往下飞，底下有人在走',
    '有个男的挨家敲门，说来查燃气表，现在在楼下王奶奶家里让她扫码交600，王奶奶一个人在家',
    '隔壁李爹爹瘫痪在床，照顾他的女儿住院了，家里就他一个人，刚才听到他有气无力地喊',
    '马路中间躺了个喝醉的男的，天黑了，车子一辆接一辆从他旁边过',
  ])('flags "%s"', (text) => {
    expect(detectUrgent(text)).not.toEqual([])
  })

  it.each([
    '小区护栏外面的绿化带里有人扔垃圾，能不能管一下',
    '物业费可以扫码交钱吗？还是要去物业办公室',
    '昨天大风把晾的被单吹飞了，落在二楼雨棚上，麻烦帮忙拿一下',
    '我爸上个月住院了，现在出院在家，想问社区有没有上门护理',
  ])('does not flag "%s"', (text) => {
    expect(detectUrgent(text)).toEqual([])
  })
})
