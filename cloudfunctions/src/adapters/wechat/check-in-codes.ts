// WeChat: a meeting's check-in picture from wxacode.getUnlimited (permission wxacode.getUnlimited in the meetings
// function's config.json); the scene is the meeting id and its code (see the port). A refusal answers undefined.
import { CHECK_IN_PAGE, checkInScene, type CheckInCodes } from '../../../../src/core/ports/check-in-codes'

export interface WxacodeApi {
  wxacode: {
    getUnlimited(options: { scene: string; page: string; checkPath: boolean; width: number }): Promise<{ buffer?: Uint8Array; contentType?: string; errCode?: number; errMsg?: string }>
  }
}

export function createWechatCheckInCodes(openapi: WxacodeApi): CheckInCodes {
  return {
    async pictureFor(meetingId, checkInCode) {
      try {
        const answer = await openapi.wxacode.getUnlimited({ scene: checkInScene(meetingId, checkInCode), page: CHECK_IN_PAGE, checkPath: false, width: 280 })
        if (!answer.buffer) return undefined
        return `data:${answer.contentType ?? 'image/png'};base64,${Buffer.from(answer.buffer).toString('base64')}`
      } catch (error) {
        const e = error as { errCode?: number; errMsg?: string; message?: string }
        console.warn(`[shuoshi] wxacode.getUnlimited failed: errCode ${e.errCode ?? '-'} ${e.errMsg ?? e.message ?? String(error)}`)
        return undefined
      }
    },
  }
}
