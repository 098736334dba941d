import { describe, expect, it } from 'vitest'
import zhCN from '../i18n/zh-CN'
import en from '../i18n/en'
import { initialLang, LANG_KEY } from '../i18n'

function keys(o: object, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`])).sort()
}
const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort()

describe('languages', () => {
  it('English has every Chinese text, with the same placeholders', () => {
    expect(keys(en)).toEqual(keys(zhCN))
    const flat = (o: Record<string, unknown>, p = ''): [string, string][] =>
      Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? flat(v as Record<string, unknown>, `${p}${k}.`) : [[`${p}${k}`, String(v)]]))
    const enMap = new Map(flat(en))
    for (const [k, zh] of flat(zhCN)) expect(placeholders(enMap.get(k) ?? ''), k).toEqual(placeholders(zh))
  })
  it('writes Chinese with full-width punctuation (，。：；（）？！“”), never ASCII between Chinese words', () => {
    const flat = (o: Record<string, unknown>, p = ''): [string, string][] =>
      Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? flat(v as Record<string, unknown>, `${p}${k}.`) : [[`${p}${k}`, String(v)]]))
    const ascii = flat(zhCN).filter(([, v]) => /[\u3400-\u9fff]/.test(v) && /[,:;()?!"]/.test(v.replace(/\{\w+\}/g, '')))
    expect(ascii).toEqual([])
  })
  it('starts in zh-CN and remembers English once chosen', () => {
    expect(initialLang({ getItem: () => null })).toBe('zh-CN')
    expect(initialLang({ getItem: (k) => (k === LANG_KEY ? 'en' : null) })).toBe('en')
  })
})
