// Types shared by network.ts, offline-files.ts and their platform twins (kept apart: inside network.weapp.ts,
// `./network` would resolve back to network.weapp.ts itself).

/** Whether the phone has a connection, and the moments worth trying to send what waits on it. */
export interface NetworkApi {
  /** The platform's best guess now (a flaky "online" still fails: senders must treat a failed call as offline). */
  isOnline(): Promise<boolean>
  /** Calls back with the new state each time the connection comes or goes; answers the unsubscribe. */
  onChange(callback: (online: boolean) => void): () => void
  /** Calls back each time the app comes back to the foreground; answers the unsubscribe. */
  onAppShow(callback: () => void): () => void
}

/** A captured photo or recording, kept so that it survives a closed app until it is uploaded. */
export interface KeptFile {
  /** Where to read it from later (see OfflineFiles.resolve). */
  filePath: string
  contentType: string
  /** The name may change with the type (a photo re-encoded as JPEG becomes photo-1.jpg). */
  name: string
  /** false: only kept in memory (storage full or unavailable): lost if the app is closed before it is sent. */
  durable: boolean
}

export interface OfflineFiles {
  /** Keeps a file (weapp temp path or H5 blob: URL) on the phone; never rejects. */
  keep(file: { filePath: string; name: string; contentType: string; idempotencyKey: string }): Promise<KeptFile>
  /** The path to upload or show a kept file from; '' when it is gone. */
  resolve(filePath: string): string
  /** Frees what keep() stored, once the file is uploaded and the case sent (or the intake dropped). */
  release(filePath: string): void
}
