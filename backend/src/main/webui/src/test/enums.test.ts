import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import zhCN from '../i18n/zh-CN'
import en from '../i18n/en'

// Every value the API can send for an enumeration the console names has a label in both languages.
const schema = readFileSync('src/api/schema.d.ts', 'utf8') // vitest runs in the webui folder
function values(name: string): string[] {
  const line = new RegExp(`^\\s+${name}: ((?:"[A-Z_]+"(?: \\| )?)+);`, 'm').exec(schema)
  if (!line) throw new Error(`${name} is not an enumeration of the OpenAPI document`)
  return [...line[1].matchAll(/"([A-Z_]+)"/g)].map((m) => m[1])
}

describe('enumeration labels', () => {
  for (const name of Object.keys(zhCN.enums) as (keyof typeof zhCN.enums)[]) {
    it(`${name}: every value the API sends has a Chinese and an English label`, () => {
      for (const v of values(name)) {
        expect((zhCN.enums[name] as Record<string, string>)[v], `zh-CN ${name}.${v}`).toBeTruthy()
        expect((en.enums[name] as Record<string, string>)[v], `en ${name}.${v}`).toBeTruthy()
      }
    })
  }
})
