import { describe, expect, it } from 'vitest'
import { invalidLines, priceCorrections, vetLines, vettedTotal } from '../views/wishVetting'

const items = [
  { id: 'i1', name: '书包', quantity: 1, unitPriceFen: 12000, totalFen: 12000 },
  { id: 'i2', name: '文具', quantity: 3, unitPriceFen: 1500, totalFen: 4500 },
]

describe('price corrections beside the items', () => {
  it('sends only prices that changed, in fen', () => {
    const lines = vetLines(items)
    lines[0].corrected = '89.90'
    lines[1].corrected = '15'
    expect(priceCorrections(lines)).toEqual([{ itemId: 'i1', unitPriceFen: 8990 }])
    expect(vettedTotal(lines)).toBe(8990 + 4500)
  })
  it('keeps the asked price where nothing was typed, and flags what is not an amount', () => {
    const lines = vetLines(items)
    lines[1].corrected = '十五'
    expect(vettedTotal(lines)).toBe(16500)
    expect(invalidLines(lines)).toEqual(['i2'])
    expect(priceCorrections(lines)).toEqual([])
  })
})
