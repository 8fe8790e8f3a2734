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
})
