// Fails when src/api/schema.d.ts no longer matches the backend's OpenAPI document.
// The document: OPENAPI (a file or URL), else the one the backend build wrote to target/openapi.
import openapiTS, { astToString } from 'openapi-typescript'
import { readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { resolve } from 'node:path'

const source = process.env.OPENAPI || '../../../target/openapi/openapi.json'
const url = /^https?:/.test(source) ? new URL(source) : pathToFileURL(resolve(source))
const generated = astToString(await openapiTS(url))
const committed = readFileSync('src/api/schema.d.ts', 'utf8')
const strip = (s) => s.replace(/^\/\*\*[\s\S]*?\*\/\s*/, '').trim()
if (strip(generated) !== strip(committed)) {
  console.error(`src/api/schema.d.ts is out of date with ${source}: run npm run api:generate`)
  process.exit(1)
}
console.log(`src/api/schema.d.ts matches ${source}`)
