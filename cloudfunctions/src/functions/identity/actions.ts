// The `identity` function: who the caller is and the street's directory.
import { getDirectory, whoami } from '../../../../src/core/application/whoami'
import type { ActionMap } from '../../runtime/action'

export const identityActions: ActionMap = {
  whoami: { schema: {}, run: ({ deps, actor }) => whoami(deps, actor) },
  getDirectory: { schema: {}, run: ({ deps, actor }) => getDirectory(deps, actor) },
}
