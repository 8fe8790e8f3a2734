// Client-made keys for writes a flaky phone may retry: the server never creates a second case, upload or vote
// for the same key. Make one per draft (or file), keep it across retries, make a new one only after success.

/** A new key such as "draft-mbx3k2-1a2b3c4d5e6f" (16–40 chars, letters, digits and dashes). */
export function newIdempotencyKey(prefix = 'key'): string {
  const random = () => Math.floor(Math.random() * 0x100000000).toString(36).padStart(7, '0')
  return `${prefix}-${Date.now().toString(36)}-${random()}${random()}`
}
