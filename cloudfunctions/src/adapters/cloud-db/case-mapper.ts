// CaseRecord <-> `cases` document (doc _id = case id). Every field is mapped by name; absent optionals stay absent.
import type { CaseRecord } from '@core/domain/case'
import type { DocData, StoredDoc } from './database-api'
import { compact } from './doc-helpers'

type CaseDoc = Omit<CaseRecord, 'id'> & { _id: string }

export function caseToDoc(item: CaseRecord): DocData {
  return compact({
    caseNo: item.caseNo,
    streetId: item.streetId,
    communityId: item.communityId,
    gridId: item.gridId,
    channel: item.channel,
    submittedBy: item.submittedBy,
    petitioner: compact({ ...item.petitioner }),
    anonymous: item.anonymous,
    text: item.text,
    attachments: item.attachments.map((attachment) => compact({ ...attachment })),
    status: item.status,
    version: item.version,
    category: item.category,
    urgency: item.urgency,
    unitId: item.unitId,
    level: item.level,
    dueAt: item.dueAt,
    meeting: item.meeting && compact({ ...item.meeting }),
    mergedInto: item.mergedInto,
    referral: item.referral && { ...item.referral },
    result: item.result,
    publishedResult: item.publishedResult,
    publishedAt: item.publishedAt,
    rating: item.rating && compact({ ...item.rating }),
    suggestion: item.suggestion && { ...item.suggestion, urgentReasons: [...item.suggestion.urgentReasons] },
    closure: item.closure,
    escalations: item.escalations,
    idempotencyKey: item.idempotencyKey,
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
  })
}

export function caseFromDoc(stored: StoredDoc): CaseRecord {
  const doc = stored as unknown as CaseDoc
  return compact<CaseRecord>({
    id: doc._id,
    caseNo: doc.caseNo,
    streetId: doc.streetId,
    communityId: doc.communityId,
    gridId: doc.gridId,
    channel: doc.channel,
    submittedBy: doc.submittedBy,
    petitioner: compact(doc.petitioner),
    anonymous: doc.anonymous,
    text: doc.text,
    attachments: (doc.attachments ?? []).map((attachment) => compact(attachment)),
    status: doc.status,
    version: doc.version,
    category: doc.category,
    urgency: doc.urgency,
    unitId: doc.unitId,
    level: doc.level,
    dueAt: doc.dueAt,
    meeting: doc.meeting && compact(doc.meeting),
    mergedInto: doc.mergedInto,
    referral: doc.referral,
    result: doc.result,
    publishedResult: doc.publishedResult,
    publishedAt: doc.publishedAt,
    rating: doc.rating && compact(doc.rating),
    suggestion: doc.suggestion,
    closure: doc.closure,
    escalations: doc.escalations ?? 0,
    idempotencyKey: doc.idempotencyKey,
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
  })
}
