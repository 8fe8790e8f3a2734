// Stable ids from natural keys (e.g. community name within its street), so that importing one file twice updates
// the same records instead of adding new ones. Two 32-bit FNV-1a hashes with different seeds: 16 hex digits.

function fnv1a(text: string, seed: number): string {
  let hash = seed >>> 0
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash.toString(16).padStart(8, '0')
}

export function stableId(prefix: string, ...parts: string[]): string {
  const key = parts.join('\u0000')
  return `${prefix}-${fnv1a(key, 0x811c9dc5)}${fnv1a(key, 0x2f6b1a3d)}`
}
