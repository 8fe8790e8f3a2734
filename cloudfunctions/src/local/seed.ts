// Seed the demo community (idempotent: upserts by id). Runs on the first local start and on reset.
import type { Repositories } from '../../../src/core/ports/repositories'
import type { CreditStore } from '../../../src/core/ports/messages'
import { SUBSCRIBE_TEMPLATES } from '../../../config/subscribe-templates'
import { DEMO_OTHER_USERS, DEMO_BUILDINGS, DEMO_COMMUNITY, DEMO_GRIDS, DEMO_HOUSEHOLDS, DEMO_PERSONAS, DEMO_STREET, DEMO_UNITS } from './demo-community'

export async function seedDemo(repos: Repositories): Promise<void> {
  await repos.directory.upsert('street', DEMO_STREET)
  await repos.directory.upsert('community', DEMO_COMMUNITY)
  for (const grid of DEMO_GRIDS) await repos.directory.upsert('grid', grid)
  for (const building of DEMO_BUILDINGS) await repos.directory.upsert('building', building)
  for (const household of DEMO_HOUSEHOLDS) await repos.directory.upsert('household', household)
  for (const unit of DEMO_UNITS) await repos.directory.upsert('unit', unit)
  for (const persona of DEMO_PERSONAS) await repos.users.upsert(persona.user)
  for (const user of DEMO_OTHER_USERS) await repos.users.upsert(user)
}

export async function isSeeded(repos: Repositories): Promise<boolean> {
  return !!(await repos.directory.getStreet(DEMO_STREET.id))
}

/** Demo personas start with subscription consents (credits) for every local template, as if they had tapped 订阅. */
export async function seedDemoCredits(credits: CreditStore, perTemplate = 50): Promise<void> {
  for (const persona of DEMO_PERSONAS) {
    for (const template of Object.values(SUBSCRIBE_TEMPLATES)) await credits.add(persona.user.id, template.ids.local, perTemplate)
  }
}
