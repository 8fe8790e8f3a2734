// Port: uploaded photos and voice recordings (cloud storage on WeChat, a folder on disk locally).
// Storage is private: a caller allowed to see a case gets short-lived links from `viewUrls`; an attachment is accepted
// only when it is the caller's own upload of this environment (`isOwnUpload`); uploads never attached to a case are
// removed after a day (`removeUnused`, run by a timer).
export interface StoredFile {
  fileId: string
  size: number
  contentType: string
}

export interface FileStorage {
  /** Links to show the files (WeChat: getTempFileURL, ≤ 50 per platform call; local: the signed-in file route). */
  viewUrls(fileIds: readonly string[]): Promise<Record<string, string>>
  /** True when `fileId` is a file of this environment's `cases/` uploads and `openid` uploaded it. */
  isOwnUpload(fileId: string, openid: string): Promise<boolean>
  /** The files are now part of a case: `removeUnused` keeps them. */
  markAttached(fileIds: readonly string[], at: string): Promise<void>
  /** Delete at most `max` uploads made before `before` (UTC ISO) and never attached; answers how many went. */
  removeUnused(before: string, max: number): Promise<number>
  /** WeChat only: the storage path for the caller's next upload (same key → same path), recorded as theirs; undefined when the key is another caller's. */
  reserveUpload?(openid: string, key: string, extension: string, at: string): Promise<string | undefined>
}
