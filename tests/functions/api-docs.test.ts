// docs/api.md lists every function and action the registry serves, and the registry serves exactly the contract.
import fs from 'node:fs'
import path from 'node:path'
import { FUNCTIONS } from '../../src/core/contracts/functions'
import { ERRORS } from '../../src/core/contracts/errors'
import { FUNCTION_ACTIONS } from '../../cloudfunctions/src/runtime/registry'

const doc = fs.readFileSync(path.join(__dirname, '../../docs/api.md'), 'utf8')

it('serves exactly the actions of the contract', () => {
  for (const [name, actions] of Object.entries(FUNCTIONS)) {
    expect(Object.keys(FUNCTION_ACTIONS[name as keyof typeof FUNCTIONS]).sort()).toEqual([...actions].sort())
  }
})

it('documents every function, action and error code', () => {
  for (const [name, actions] of Object.entries(FUNCTIONS)) {
    expect(doc).toContain(`## \`${name}\``)
    for (const action of actions) expect([name, action, doc.includes(`\`${action}\``)]).toEqual([name, action, true])
  }
  for (const code of Object.keys(ERRORS)) expect([code, doc.includes(`\`${code}\``)]).toEqual([code, true])
})
