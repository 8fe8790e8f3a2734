// Port: the picture participants scan to check in to a meeting. On WeChat a mini-program code (wxacode.getUnlimited)
// whose scene is the meeting id followed by its 6-digit check-in code (≤ 32 characters), opening the meeting page;
// locally there is no picture: the page shows the short code and participants type it.
export interface CheckInCodes {
  /** A data: URL of the code's picture, or undefined when it cannot be made now. */
  pictureFor(meetingId: string, checkInCode: string): Promise<string | undefined>
}

export const CHECK_IN_PAGE = 'packages/work/meeting/index'

/** The scene a meeting's code carries: its id, then its 6-digit check-in code. */
export function checkInScene(meetingId: string, checkInCode: string): string {
  return `${meetingId}${checkInCode}`
}

/** Back from a scanned scene to the meeting and the code; undefined for a scene of another kind. */
export function readCheckInScene(scene: string): { meetingId: string; code: string } | undefined {
  const match = /^([A-Za-z0-9_-]{1,26})(\d{6})$/.exec(decodeURIComponent(scene))
  return match ? { meetingId: match[1], code: match[2] } : undefined
}
