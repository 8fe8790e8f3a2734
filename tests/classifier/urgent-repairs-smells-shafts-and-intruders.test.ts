// Round 18 (README): everyday matters told with a hazard's words are not flagged — a smell whose source is not gas, an illness of
// years told to ask for aid, an ambulance that nearly got stuck, a hazard fenced off with only a repair asked, a lift that
// shakes with its maintainer called, a pane broken inside a stairwell, a lead strung to charge an e-bike, a feared 漏电,
// clothes 打湿, an old neighbour who answered after all, a communications cable. And classes every recent writer wrote are
// flagged: a lift door open onto its shaft, a wire down and still sparking, someone climbing in now, a child outside a
// window, someone shivering, lying on the ground, searched for and not found, a weak answer behind a door, a swindle told
// by its script. Every sentence here was written for these tests (none is from an evaluation set).
import { detectUrgent } from '../../cloudfunctions/src/classifier/urgent'

describe('urgent flag, round 18: everyday repairs and smells; open shafts, sparks and intruders', () => {
  it.each([
    '二单元电梯门在五楼开着，里面没有轿厢，能看到井道，楼上的小孩在旁边跑',
    '8栋电梯厅门打开，轿厢不在本层，井道外露，请立即派人',
    '刚才雷雨把一根低压线打断了，掉在人行道上，现在还在冒火花',
    '后面围墙那里有个男的正在翻墙进来，手里拿着袋子',
    '对面楼有个伢爬到窗台外面站着，屋里好像没大人',
    '楼下单元门口坐着个老爹爹，穿得很少，一直在发抖，喊他也不说话',
    '公园门口有个人躺地上，呼之不应，旁边没人管',
    '我妈出去买菜三个钟头了，手机没带，我们找了一圈冇找到，她有点糊涂',
    '隔壁独居的张婆婆，敲门回应微弱，说起不来，门锁着',
    '我爸在银行柜台，电话里的人说他涉嫌洗钱，让他把钱转到一个账户，他现在就要转',
  ])('flags "%s"', (text) => {
    expect(detectUrgent(text)).not.toEqual([])
  })

  it.each([
    '5栋楼梯上不晓得哪个倒了剩饭，两天了没人扫，味道好大',
    '我爸脑梗躺在床上五年了，低保申请了半年还冇得下文，想问一下怎么办',
    '菜市场门口的摊子摆到马路上，刚才一辆救护车差点过不去，能不能管一下',
    '某某路一处井盖缺失，已放置锥桶，需市政更换',
    '3栋电梯最近运行时有点晃，还有异响，麻烦物业叫维保来看一下',
    '楼梯间的窗户玻璃破了一块，碎玻璃还卡在窗框上，冬天漏风，麻烦换一下',
    '四楼那家每天从窗户吊根电线下来给电瓶车充电，说了好几次都不听',
    '楼上那户的空调外机滴水，我晾在阳台的衣服被打湿了，跟他们说也不理',
    '好几天没看到对门的李奶奶，刚才去敲门她开了，说感冒了在休息',
    '巷子口电线杆上的通信线缆垂下来了，离地两米多，希望整理一下',
  ])('does not flag "%s"', (text) => {
    expect(detectUrgent(text)).toEqual([])
  })
})
