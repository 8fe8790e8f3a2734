// Port: uploaded photos and voice recordings (cloud storage on WeChat, a folder on disk locally).
export interface StoredFile {
  fileId: string
  size: number
  contentType: string
}

export interface FileStorage {
  /** Same key => same file (a retried upload never duplicates). */
  put(key: string, bytes: Uint8Array, contentType: string): Promise<StoredFile>
  get(fileId: string): Promise<{ bytes: Uint8Array; contentType: string } | undefined>
}
