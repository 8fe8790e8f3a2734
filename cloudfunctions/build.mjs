// Bundle each cloud function with esbuild: cloudfunctions/dist/<fn>/{index.js, package.json, config.json}.
// wx-server-sdk stays external (installed by WeChat on upload); the classifier model is bundled in.
import { build } from 'esbuild'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.dirname(fileURLToPath(import.meta.url))
const sourceDir = path.join(root, 'src', 'functions')
// SHUOSHI_FUNCTIONS_DIST: another output folder (relative to the repository root), so parallel builds do not collide.
const outDir = process.env.SHUOSHI_FUNCTIONS_DIST ? path.resolve(root, '..', process.env.SHUOSHI_FUNCTIONS_DIST) : path.join(root, 'dist')
const sdkVersion = JSON.parse(fs.readFileSync(path.join(root, '..', 'package.json'), 'utf8')).devDependencies['wx-server-sdk']

const names = fs.readdirSync(sourceDir).filter((name) => fs.existsSync(path.join(sourceDir, name, 'index.ts')))
fs.rmSync(outDir, { recursive: true, force: true })
for (const name of names) {
  const target = path.join(outDir, name)
  fs.mkdirSync(target, { recursive: true })
  const result = await build({
    entryPoints: [path.join(sourceDir, name, 'index.ts')],
    outfile: path.join(target, 'index.js'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node16',
    external: ['wx-server-sdk'],
    minify: true,
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
  })
  const imported = Object.keys(result.metafile.inputs).filter((input) => /better-sqlite3|adapters\/sqlite|\/local\//.test(input))
  if (imported.length) throw new Error(`${name} bundles local-only code: ${imported.join(', ')}`)
  fs.writeFileSync(path.join(target, 'package.json'), JSON.stringify({ name, version: '1.0.0', main: 'index.js', dependencies: { 'wx-server-sdk': sdkVersion } }, null, 2) + '\n')
  fs.copyFileSync(path.join(sourceDir, name, 'config.json'), path.join(target, 'config.json'))
  const size = fs.statSync(path.join(target, 'index.js')).size
  console.log(`${path.relative(path.join(root, '..'), target)}/index.js  ${(size / 1024).toFixed(1)} KB`)
}
