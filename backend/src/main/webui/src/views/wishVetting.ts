import type { Schemas } from '../api/client'
import { toFen } from '../util/format'

/** A line of the vetting table: the price asked and the price the staff member typed (yuan). */
export interface VetLine {
  itemId: string
  name: string
  quantity: number
  askedFen: number
  corrected: string
}

export function vetLines(items: Schemas['WishView']['items']): VetLine[] {
  return (items ?? []).map((i) => ({ itemId: i.id ?? '', name: i.name ?? '', quantity: i.quantity ?? 0,
    askedFen: i.unitPriceFen ?? 0, corrected: '' }))
}

/** The unit price that counts for a line (the corrected one when it is an amount). */
export function effectiveFen(line: VetLine): number {
  return toFen(line.corrected) ?? line.askedFen
}

/** The corrections to send: only lines whose typed price is an amount different from the asked one. */
export function priceCorrections(lines: VetLine[]): Schemas['PriceCorrection'][] {
  return lines.flatMap((l) => {
    const fen = toFen(l.corrected)
    return fen !== null && fen > 0 && fen !== l.askedFen ? [{ itemId: l.itemId, unitPriceFen: fen }] : []
  })
}

/** The target after corrections: the sum of the lines. */
export function vettedTotal(lines: VetLine[]): number {
  return lines.reduce((sum, l) => sum + effectiveFen(l) * l.quantity, 0)
}

/** Lines whose typed price is not an amount (shown as an error beside the line). */
export function invalidLines(lines: VetLine[]): string[] {
  return lines.filter((l) => l.corrected.trim() !== '' && (toFen(l.corrected) ?? 0) <= 0).map((l) => l.itemId)
}
