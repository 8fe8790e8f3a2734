// A small zip reader: the central directory, then each entry stored (0) or deflated (8, zlib inflateRaw).
import { inflateRawSync } from 'node:zlib'

export class BadArchiveError extends Error {}

/** Every file of the archive by name (folders skipped). */
export function readZip(bytes: Buffer): Map<string, Buffer> {
  const end = findEndOfCentralDirectory(bytes)
  const entries = bytes.readUInt16LE(end + 10)
  let offset = bytes.readUInt32LE(end + 16)
  const files = new Map<string, Buffer>()
  for (let i = 0; i < entries; i += 1) {
    if (bytes.readUInt32LE(offset) !== 0x02014b50) throw new BadArchiveError('central directory entry expected')
    const method = bytes.readUInt16LE(offset + 10)
    const compressedSize = bytes.readUInt32LE(offset + 20)
    const nameLength = bytes.readUInt16LE(offset + 28)
    const extraLength = bytes.readUInt16LE(offset + 30)
    const commentLength = bytes.readUInt16LE(offset + 32)
    const localOffset = bytes.readUInt32LE(offset + 42)
    const name = bytes.toString('utf8', offset + 46, offset + 46 + nameLength)
    offset += 46 + nameLength + extraLength + commentLength
    if (name.endsWith('/')) continue
    if (bytes.readUInt32LE(localOffset) !== 0x04034b50) throw new BadArchiveError(`local header of ${name} expected`)
    const start = localOffset + 30 + bytes.readUInt16LE(localOffset + 26) + bytes.readUInt16LE(localOffset + 28)
    const data = bytes.subarray(start, start + compressedSize)
    if (method === 0) files.set(name, Buffer.from(data))
    else if (method === 8) files.set(name, inflateRawSync(data))
    else throw new BadArchiveError(`compression method ${method} of ${name} is not supported`)
  }
  return files
}

function findEndOfCentralDirectory(bytes: Buffer): number {
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i -= 1) {
    if (bytes.readUInt32LE(i) === 0x06054b50) return i
  }
  throw new BadArchiveError('not a zip archive')
}
