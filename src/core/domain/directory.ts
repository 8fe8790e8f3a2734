// The community directory: street, communities, grids, buildings, households, handling units and users.
import type { UnitKind } from './category'
import type { Role } from './roles'

export interface Street { id: string; name: string }
export interface Community {
  id: string
  streetId: string
  name: string
  hotline: string
  hall: string
  receptionDays: string
  /** 值班表: staff user ids on duty by ISO weekday ('1' Monday … '7' Sunday), Beijing time. */
  dutyRoster?: Record<string, string[]>
}
/** A service number: a landline with its area code (0716-8312345), a mobile, or a short number (12345, 110). */
export const SERVICE_PHONE = /^(0\d{2,3}-?\d{7,8}|1\d{10}|\d{3,8})$/
/** A person's number: a mobile or a landline with its area code. */
export const PERSONAL_PHONE = /^(1\d{10}|0\d{2,3}-?\d{7,8})$/

export interface Grid { id: string; communityId: string; name: string }
export interface Building { id: string; communityId: string; gridId: string; name: string }
export interface Household { id: string; buildingId: string; room: string; headName: string; phone?: string }
/** A person of a unit as the street's address book lists them (their app account comes by invite). */
export interface UnitMember { name: string; phone?: string }
export interface Unit { id: string; streetId: string; communityId?: string; name: string; kind: UnitKind; phone?: string; members?: UnitMember[] }

export interface User {
  id: string
  /** WeChat OPENID on the cloud; a persona key locally. */
  openid: string
  name: string
  phone?: string
  /** True when WeChat verified the phone (getPhoneNumber); a typed number is kept as unverified. */
  phoneVerified?: boolean
  /** When a resident agreed to the privacy guide at 住户登记 (UTC ISO). */
  privacyConsentAt?: string
  role: Role
  streetId: string
  communityId?: string
  gridIds?: string[]
  unitId?: string
  householdId?: string
}
