import { focusClauses } from '../../cloudfunctions/src/classifier/tokenize'

describe('focus clauses (mixed reports)', () => {
  it('drops a clause marked as already handled or set aside', () => {
    expect(focusClauses('垃圾的事上次说过了，楼上装修太吵')).toEqual(['楼上装修太吵'])
    expect(focusClauses('先不说路灯，井盖丢了')).toEqual(['井盖丢了'])
    expect(focusClauses('电梯已经修好了，现在是工资没发')).toEqual(['工资没发'])
  })

  it('drops the clause before a short "not urgent" remark', () => {
    expect(focusClauses('楼上漏水。另外楼道有点脏，不过那个不急')).toEqual(['楼上漏水'])
  })

  it('keeps what follows a focus marker inside one long spoken clause', () => {
    expect(focusClauses('路灯那个我晓得在处理我这回要说的是楼上漏水')).toEqual(['楼上漏水'])
  })

  it('keeps everything when every clause would be dropped, and leaves plain reports alone', () => {
    expect(focusClauses('顺便说一下')).toEqual(['顺便说一下'])
    expect(focusClauses('楼道灯坏了，麻烦处理')).toEqual(['楼道灯坏了', '麻烦处理'])
  })

  // Round 3 (examples written for these tests)
  it('drops every clause before one that opens with "what I really want to say is…"', () => {
    expect(focusClauses('路灯坏了，井盖也丢了，其实是想问低保怎么申请')).toEqual(['问低保怎么申请'])
    expect(focusClauses('楼下烧烤摊也吵，最头疼的是楼上半夜跑跳')).toEqual(['楼上半夜跑跳'])
  })

  it('drops a concessive clause before 但/可/不过', () => {
    expect(focusClauses('广场舞是吵，但我要说的是工资的事')).toEqual(['工资的事'])
    expect(focusClauses('垃圾站虽然臭，可是小区里有人偷电瓶')).toEqual(['可是小区里有人偷电瓶'])
  })

  it('does not drop a plain complaint before 但是', () => {
    expect(focusClauses('楼上装修很吵，但是物业不管')).toEqual(['楼上装修很吵', '但是物业不管'])
  })

  it('sets aside matters being negotiated, put up with or already reported', () => {
    expect(focusClauses('停车的事还在协商，小区门口有人摆摊')).toEqual(['小区门口有人摆摊'])
    expect(focusClauses('楼上跑跳我也认了，门口的路灯不亮')).toEqual(['门口的路灯不亮'])
  })

  it('treats 另外 as introducing the point unless a "not urgent" remark follows', () => {
    expect(focusClauses('谢谢你们上次帮忙。另外想问问医保怎么交')).toEqual(['谢谢你们上次帮忙', '另外想问问医保怎么交'])
    expect(focusClauses('楼上漏水，另外还有井盖丢了，不过不急')).toEqual(['楼上漏水'])
  })
})
