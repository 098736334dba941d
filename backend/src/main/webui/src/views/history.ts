import type { Schemas } from '../api/client'

type Entry = Schemas['HistoryEntry']

/**
 * One line of a file's history (档案履历) as the timeline shows it: the i18n key of what happened
 * (an action the console has no words for yet shows under "other", with its code), and who did it.
 */
export function historyLine(e: Entry, known: (key: string) => boolean): { key: string; code?: string; who: 'staff' | 'worker' | 'admin' | 'system'; name?: string } {
  const specific = e.onBehalf ? 'history.actions.HOUSEHOLD_CREATED_ON_BEHALF' : `history.actions.${e.action}`
  const key = known(specific) ? specific : 'history.actions.OTHER'
  const role = e.actorRole === 'staff' || e.actorRole === 'worker' || e.actorRole === 'admin' ? e.actorRole : 'system'
  return { key, code: key === 'history.actions.OTHER' ? e.action : undefined, who: role, name: e.actorName }
}

/** The household's help so far, in fen: donors' money that arrived and what the union handed over. */
export function helpTotals(wishes: Schemas['HouseholdWish'][]): { count: number; paidFen: number; disbursedFen: number } {
  const totals = { count: 0, paidFen: 0, disbursedFen: 0 }
  for (const w of wishes) {
    totals.count += 1
    totals.paidFen += w.paidFen ?? 0
    totals.disbursedFen += w.disbursedFen ?? 0
  }
  return totals
}
