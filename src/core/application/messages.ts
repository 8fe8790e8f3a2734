// 消息中心 and subscription consent: list and mark the caller's notices; count the templates the caller accepted.
import type { Deps } from '../ports'
import type { Actor } from '../domain/roles'
import { LIMITS } from '../contracts/functions'
import { ok, type Result } from '../contracts/result'
import type { InboxEntry } from '../ports/messages'
import type { NoticeKind } from '../domain/notice-kinds'

export async function listInbox(deps: Deps, actor: Actor, input: { cursor?: string; limit?: number }): Promise<Result<{ items: InboxEntry[]; nextCursor?: string; unread: number }>> {
  const page = await deps.inbox.list(actor.userId, input.limit ?? LIMITS.pageSize, input.cursor)
  const unread = await deps.inbox.countUnread(actor.userId)
  return ok(page.nextCursor ? { items: page.items, nextCursor: page.nextCursor, unread } : { items: page.items, unread })
}

export async function markInboxRead(deps: Deps, actor: Actor, input: { ids: string[] }): Promise<Result<{ marked: number }>> {
  return ok({ marked: await deps.inbox.markRead(actor.userId, input.ids) })
}

/**
 * Record what `requestSubscribeMessage` answered: each 'accept' of a known template is one more send allowed
 * (one-time subscriptions add up). Other answers ('reject', 'ban', 'filter') change nothing.
 */
export async function recordConsent(deps: Deps, actor: Actor, input: { results: Record<string, string> }, knownTemplateIds: readonly string[]): Promise<Result<{ accepted: string[] }>> {
  const accepted = Object.entries(input.results).filter(([id, answer]) => answer === 'accept' && knownTemplateIds.includes(id)).map(([id]) => id)
  for (const templateId of accepted) await deps.credits.add(actor.userId, templateId, 1)
  return ok({ accepted })
}

/** Which subscriptions are on: the caller's sends left per notice kind (0 when none), by the kind's template. */
export async function listConsents(deps: Deps, actor: Actor, templateIdOfKind: Record<NoticeKind, string>): Promise<Result<{ credits: Record<NoticeKind, number> }>> {
  const held = await deps.credits.listByUser(actor.userId)
  const kinds = Object.keys(templateIdOfKind) as NoticeKind[]
  return ok({ credits: Object.fromEntries(kinds.map((kind) => [kind, held[templateIdOfKind[kind]] ?? 0])) as Record<NoticeKind, number> })
}
