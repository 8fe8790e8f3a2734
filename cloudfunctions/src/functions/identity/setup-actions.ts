// identity.setupDatabase (admins): create the cloud collections and answer the index checklist (docs/api.md).
import { setupDatabase } from '../../../../src/core/application/setup-database'
import type { ActionMap } from '../../runtime/action'

export const setupActions: ActionMap = {
  setupDatabase: { schema: {}, run: ({ deps, actor }) => setupDatabase(deps, actor) },
}
