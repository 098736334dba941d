// The wish page on a slow phone network: bytes transferred (HTML + CSS + JS, as on the wire) and the
// first contentful paint in headless Chromium with the network throttled through CDP
// (Network.emulateNetworkConditions) to "slow 3G": 400 ms round trip, 400 kbit/s each way
// (WebPageTest's 3G Slow profile). A fresh context per run: nothing cached.
//
//   PAGE_URL=http://localhost:8080/w/<shortId> RUNS=5 node fcp.mjs
import { chromium } from 'playwright-core'

const url = process.env.PAGE_URL
if (!url) throw new Error('PAGE_URL is required')
const runs = Number(process.env.RUNS || 5)
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run'],
})
const fcps = []
let bytes = 0
let byType = {}
for (let i = 0; i < runs; i++) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'zh-CN' })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.enable')
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: 400, downloadThroughput: 400 * 1000 / 8, uploadThroughput: 400 * 1000 / 8,
  })
  const types = new Map()
  const sizes = new Map()
  cdp.on('Network.responseReceived', (e) => types.set(e.requestId, e.type))
  cdp.on('Network.loadingFinished', (e) => sizes.set(e.requestId, e.encodedDataLength))
  await page.goto(url, { waitUntil: 'load' })
  const fcp = await page.evaluate(() => new Promise((done) => {
    const seen = performance.getEntriesByName('first-contentful-paint')[0]
    if (seen) return done(seen.startTime)
    new PerformanceObserver((l) => done(l.getEntries()[0].startTime)).observe({ type: 'paint', buffered: true })
  }))
  fcps.push(fcp)
  bytes = 0
  byType = {}
  for (const [id, size] of sizes) {
    const type = types.get(id) || 'Other'
    if (['Document', 'Stylesheet', 'Script'].includes(type)) {
      bytes += size
      byType[type] = (byType[type] || 0) + size
    }
  }
  await context.close()
}
await browser.close()
fcps.sort((a, b) => a - b)
console.log(JSON.stringify({ url, runs, fcpMedianMs: Math.round(fcps[Math.floor(runs / 2)]), fcpMs: fcps.map(Math.round),
  htmlCssJsBytes: bytes, byType }))
