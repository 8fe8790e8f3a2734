// A small zip writer, the counterpart of tools/directory/zip.ts: each entry deflated (method 8, zlib deflateRaw)
// with its CRC-32, then the central directory and its end record. No zip64: entries and archive stay under 4 GB.
import { deflateRawSync } from 'node:zlib'

export interface ZipEntry {
  name: string
  data: Buffer
}

/** CRC-32 (IEEE) by table: zlib.crc32 exists only from Node 20.15, and cloud functions run Node 16 or 18. */
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

export function crc32(data: Buffer): number {
  let crc = 0xffffffff
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}

/** DOS date and time of 1980-01-01 00:00: the entries carry no real time (the same bytes for the same content). */
const DOS_TIME = 0
const DOS_DATE = (0 << 9) | (1 << 5) | 1

export function writeZip(entries: readonly ZipEntry[]): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8')
    const compressed = deflateRawSync(entry.data)
    const crc = crc32(entry.data)
    // From "version needed" to the name's length, the local header and the central entry say the same.
    const common = Buffer.alloc(24)
    common.writeUInt16LE(20, 0) // version needed
    common.writeUInt16LE(0x0800, 2) // names in UTF-8
    common.writeUInt16LE(8, 4) // deflate
    common.writeUInt16LE(DOS_TIME, 6)
    common.writeUInt16LE(DOS_DATE, 8)
    common.writeUInt32LE(crc, 10)
    common.writeUInt32LE(compressed.length, 14)
    common.writeUInt32LE(entry.data.length, 18)
    common.writeUInt16LE(name.length, 22)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    common.copy(local, 4)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4) // made by
    common.copy(central, 6)
    central.writeUInt32LE(offset, 42)
    locals.push(local, name, compressed)
    centrals.push(central, name)
    offset += local.length + name.length + compressed.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}
