// Names, phone numbers and rooms are masked for everyone who does not handle the case.
import { maskName, maskPhone, maskRoom, maskCase } from '../../src/core/domain/masking'

describe('masking', () => {
  it.each([['王秀英', '王**'], ['李明', '李*'], ['欧阳娜娜', '欧***'], ['A', '*'], ['', '']])('name %s → %s', (input, out) => {
    expect(maskName(input)).toBe(out)
  })
  it('keeps the first 3 and last 4 digits of a phone number', () => {
    expect(maskPhone('13972100001')).toBe('139****0001')
    expect(maskPhone('0716-8312345')).toBe('071****2345')
    expect(maskPhone('12345')).toBe('*****')
  })
  it('keeps the building, hides the room', () => {
    expect(maskRoom('航空路小区1栋1单元101')).toBe('航空路小区1栋****')
    expect(maskRoom('101室')).toBe('****')
  })
  it('masks the petitioner of a whole case and drops the user id', () => {
    const masked = maskCase({ petitioner: { userId: 'u1', name: '王秀英', phone: '13972100001', room: '1栋101' } } as never)
    expect(masked.petitioner).toEqual({ userId: undefined, name: '王**', phone: '139****0001', room: '1栋****' })
  })
})
