// Time to interactive of the queue page (待我处理) in headless Chromium against a running platform:
// sign in once through the real Keycloak page, then RUNS cold loads of /console/queue (cache off,
// session kept), each timed from navigation start until the queue table shows its rows and the
// network is idle (the page answers clicks from then on), with Chromium's own metrics (CDP
// Performance.getMetrics) and the Navigation Timing figures. Prints the median and the worst.
//   CONSOLE_URL=http://localhost:18080/console/ [USER=zhou.hua] [RUNS=7] node bench/tti.mjs
import { chromium } from 'playwright-core'

const base = process.env.CONSOLE_URL?.replace(/\/?$/, '/')
if (!base) throw new Error('CONSOLE_URL is required')
const runs = Number(process.env.RUNS || 7)
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
})
const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' })
const page = await context.newPage()
page.setDefaultTimeout(60000)
await page.goto(base + 'queue')
await page.waitForSelector('#username')
await page.fill('#username', process.env.USER_NAME || process.env.BENCH_USER || 'zhou.hua')
await page.fill('#password', process.env.PASSWORD || 'weiyuan123')
await page.click('#kc-login')
await page.waitForSelector('[data-testid="queue-table"] .el-table__row')
const cdp = await context.newCDPSession(page)
// setCacheDisabled only takes effect with the Network domain enabled
await cdp.send('Network.enable')
await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
await cdp.send('Performance.enable')

const samples = []
for (let i = 0; i < runs; i++) {
  await page.goto(base + 'queue', { waitUntil: 'commit' })
  await page.waitForSelector('[data-testid="queue-table"] .el-table__row')
  await page.waitForLoadState('networkidle')
  const t = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0]
    return { interactive: performance.now(), domContentLoaded: nav.domContentLoadedEventEnd, load: nav.loadEventEnd, transfer: performance.getEntriesByType('resource').reduce((n, r) => n + (r.transferSize || 0), nav.transferSize || 0) }
  })
  // performance.now() when network idle was seen includes networkidle's 500 ms quiet window
  t.interactive -= 500
  const m = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((x) => [x.name, x.value]))
  samples.push({ ...t, script: m.ScriptDuration * 1000, layout: m.LayoutDuration * 1000, task: m.TaskDuration * 1000 })
}
await browser.close()
const med = (k) => { const v = samples.map((s) => s[k]).sort((a, b) => a - b); return v[Math.floor(v.length / 2)] }
const max = (k) => Math.max(...samples.map((s) => s[k]))
console.log(`queue page, ${runs} cold loads (cache disabled), signed in as ${process.env.BENCH_USER || 'zhou.hua'}`)
console.log('| figure | median | worst |')
console.log('|---|---|---|')
console.log(`| time to interactive (rows shown, network idle) ms | ${med('interactive').toFixed(0)} | ${max('interactive').toFixed(0)} |`)
console.log(`| DOMContentLoaded ms | ${med('domContentLoaded').toFixed(0)} | ${max('domContentLoaded').toFixed(0)} |`)
console.log(`| bytes transferred KiB | ${(med('transfer') / 1024).toFixed(1)} | ${(max('transfer') / 1024).toFixed(1)} |`)
console.log(`| CDP TaskDuration (cumulative per tab) ms | ${med('task').toFixed(0)} | ${max('task').toFixed(0)} |`)
