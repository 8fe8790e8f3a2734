// Personal data masking: names, phone numbers and rooms for everyone who does not handle the case.
import type { CaseRecord, Petitioner } from './case'

export function maskName(name: string): string {
  const chars = Array.from(name.trim())
  if (chars.length === 0) return ''
  if (chars.length === 1) return '*'
  return chars[0] + '*'.repeat(chars.length - 1)
}

export function maskPhone(phone: string): string {
  const digits = phone.replace(/\s+/g, '')
  if (digits.length < 7) return '*'.repeat(digits.length)
  return digits.slice(0, 3) + '****' + digits.slice(-4)
}

/** Keep the building, hide the room: "3栋2单元501" -> "3栋****". */
export function maskRoom(room: string): string {
  const match = room.match(/^(.*?[栋幢号楼])/)
  return match ? match[1] + '****' : '****'
}

export function maskPetitioner(p: Petitioner): Petitioner {
  return {
    userId: undefined,
    name: maskName(p.name),
    phone: p.phone ? maskPhone(p.phone) : undefined,
    room: p.room ? maskRoom(p.room) : undefined,
  }
}

export function maskCase(item: CaseRecord): CaseRecord {
  return { ...item, petitioner: maskPetitioner(item.petitioner) }
}
