import { describe, expect, it } from 'vitest'
import { ageOf, toFen, yuan } from '../util/format'

describe('money', () => {
  it('shows fen as yuan with two decimals', () => {
    expect(yuan(123456)).toBe('1,234.56')
    expect(yuan(5)).toBe('0.05')
    expect(yuan(-250)).toBe('-2.50')
    expect(yuan(undefined)).toBe('—')
  })
  it('reads typed yuan as integer fen, and refuses what is not an amount', () => {
    expect(toFen('12.5')).toBe(1250)
    expect(toFen(' 80 ')).toBe(8000)
    expect(toFen('0.07')).toBe(7)
    expect(toFen('1.234')).toBeNull()
    expect(toFen('abc')).toBeNull()
    expect(toFen('')).toBeNull()
  })
})

describe('age', () => {
  const now = Date.parse('2026-03-10T12:00:00Z')
  it('is counted in the largest whole unit', () => {
    expect(ageOf('2026-03-10T11:15:00Z', now)).toEqual({ unit: 'minutes', n: 45 })
    expect(ageOf('2026-03-10T02:00:00Z', now)).toEqual({ unit: 'hours', n: 10 })
    expect(ageOf('2026-03-07T11:00:00Z', now)).toEqual({ unit: 'days', n: 3 })
  })
  it('is nothing without a start', () => {
    expect(ageOf(null, now)).toBeNull()
  })
})
