// Port: making the database ready (WeChat: the cloud collections with db.createCollection, and the checklist of indexes
// the console must create; locally SQLite makes its tables itself).
export interface IndexChecklistItem {
  collection: string
  name: string
  /** e.g. `communityId asc, status asc, createdAt desc, _id desc` */
  fields: string
  unique: boolean
  usedBy: string
}

export interface CollectionsReport {
  created: string[]
  existing: string[]
  failed: Array<{ name: string; errMsg: string }>
}

export interface DatabaseSetup {
  /** Creates every collection the functions use; those that exist are left as they are (safe to run again). */
  createCollections(): Promise<CollectionsReport>
  indexChecklist(): IndexChecklistItem[]
}
