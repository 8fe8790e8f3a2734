// The meeting's check-in picture on WeChat: wxacode.getUnlimited with a scene (meeting id + code, ≤ 32 characters)
// that the meeting page reads back; a refusal answers no picture.
import { createWechatCheckInCodes, type WxacodeApi } from '../../cloudfunctions/src/adapters/wechat/check-in-codes'
import { checkInScene, readCheckInScene } from '../../src/core/ports/check-in-codes'
import { stableId } from '../../src/core/domain/stable-id'

it('asks for the meeting page’s code with the scene, and answers it as a data URL', async () => {
  const calls: unknown[] = []
  const api: WxacodeApi = { wxacode: { getUnlimited: async (options) => (calls.push(options), { buffer: Uint8Array.from([137, 80, 78, 71]), contentType: 'image/png' }) } }
  expect(await createWechatCheckInCodes(api).pictureFor('a1b2c3d4e5f6a7b8c9d0e1f2', '004821')).toBe('data:image/png;base64,iVBORw==')
  expect(calls).toEqual([{ scene: 'a1b2c3d4e5f6a7b8c9d0e1f2004821', page: 'packages/work/meeting/index', checkPath: false, width: 280 }])
})

it('answers no picture when WeChat refuses', async () => {
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
  const api: WxacodeApi = { wxacode: { getUnlimited: async () => Promise.reject({ errCode: 41030, errMsg: 'invalid page' }) } }
  expect(await createWechatCheckInCodes(api).pictureFor('m1', '123456')).toBeUndefined()
  expect(warn).toHaveBeenCalled()
  warn.mockRestore()
})

it('fits the longest meeting ids (a reception’s stable id, a scheduled one) into 32 characters and reads them back', () => {
  for (const id of [stableId('reception', 'community-hangkonglu', '2026-10-05'), 'a1b2c3d4e5f6a7b8c9d0e1f2']) {
    const scene = checkInScene(id, '000123')
    expect(scene.length).toBeLessThanOrEqual(32)
    expect(readCheckInScene(encodeURIComponent(scene))).toEqual({ meetingId: id, code: '000123' })
  }
  expect(readCheckInScene('something-else')).toBeUndefined()
})
