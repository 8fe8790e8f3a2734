import { spawnSync } from 'child_process'
import * as path from 'path'

const root = path.join(__dirname, '..', '..')

describe('classify command', () => {
  it('writes one JSON line per input line, in order, with errors in Chinese', () => {
    const input = [
      JSON.stringify({ id: 'a1', text: '楼道里有煤气味，很浓' }),
      'this is not json',
      JSON.stringify({ id: 'a3' }),
      JSON.stringify({ id: 'a4', text: '楼上装修天天打电钻' }),
    ].join('\n') + '\n'
    const run = spawnSync(process.execPath, [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'cloudfunctions/tools/classifier/classify.ts'], {
      cwd: root,
      input,
      encoding: 'utf8',
      timeout: 60000,
    })
    expect(run.status).toBe(0)
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>)
    expect(lines).toHaveLength(4)
    expect(lines[0]).toEqual({ id: 'a1', category: 'safety', urgent: true, unit: '派出所', confidence: expect.any(Number) })
    expect(Object.keys(lines[0])).toEqual(['id', 'category', 'urgent', 'unit', 'confidence'])
    expect(lines[1]).toEqual({ error: expect.stringMatching(/[\u4e00-\u9fa5]/) })
    expect(lines[2]).toEqual({ id: 'a3', error: expect.stringMatching(/[\u4e00-\u9fa5]/) })
    expect(lines[3]).toMatchObject({ id: 'a4', category: 'dispute', urgent: false })
  }, 60000)
})
