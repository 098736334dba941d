// The console's bundle, gzip level 9 as a server would send it: what the first page load fetches
// (index.html's script, styles and modulepreloads, plus the queue page's own chunk), each lazily
// loaded page, and everything. Run after `npx vite build`: node bench/bundle-size.mjs [dist]
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { join } from 'node:path'

const dist = process.argv[2] || 'dist'
const html = readFileSync(join(dist, 'index.html'), 'utf8')
const gz = (f) => gzipSync(readFileSync(join(dist, f)), { level: 9 }).length
const raw = (f) => statSync(join(dist, f)).size
const kb = (n) => (n / 1024).toFixed(1)
const initial = [...html.matchAll(/(?:src|href)="\/console\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1])
const assets = readdirSync(join(dist, 'assets')).filter((f) => /\.(js|css)$/.test(f)).map((f) => `assets/${f}`)
const queue = assets.filter((f) => /\/QueueView-/.test(f))
const first = [...new Set([...initial, ...queue])]
const sum = (list, fn) => list.reduce((n, f) => n + fn(f), 0)
console.log('| part | files | raw KiB | gzip KiB |')
console.log('|---|---|---|---|')
console.log(`| first load of the queue page (index.html's script, styles, preloads + QueueView) | ${first.length} | ${kb(sum(first, raw))} | ${kb(sum(first, gz))} |`)
for (const page of ['StatsView', 'AdminView', 'HouseholdFileView', 'WishVetView']) {
  const files = assets.filter((f) => f.includes(`/${page}-`))
  if (files.length) console.log(`| + ${page} (lazy) | ${files.length} | ${kb(sum(files, raw))} | ${kb(sum(files, gz))} |`)
}
console.log(`| every asset | ${assets.length} | ${kb(sum(assets, raw))} | ${kb(sum(assets, gz))} |`)
