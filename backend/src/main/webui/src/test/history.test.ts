import { describe, expect, it } from 'vitest'
import { helpTotals, historyLine } from '../views/history'
import zhCN from '../i18n/zh-CN'

const has = (key: string) => key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], zhCN) !== undefined

describe('file history lines', () => {
  it('names the action, the on-behalf filing and who did it', () => {
    expect(historyLine({ action: 'HOUSEHOLD_APPROVED', actorRole: 'staff', actorName: '周华', onBehalf: false }, has))
      .toEqual({ key: 'history.actions.HOUSEHOLD_APPROVED', code: undefined, who: 'staff', name: '周华' })
    expect(historyLine({ action: 'HOUSEHOLD_CREATED', actorRole: 'staff', actorName: '刘洋', onBehalf: true }, has).key)
      .toBe('history.actions.HOUSEHOLD_CREATED_ON_BEHALF')
    expect(historyLine({ action: 'HOUSEHOLD_CREATED', actorRole: 'worker', onBehalf: false }, has))
      .toMatchObject({ key: 'history.actions.HOUSEHOLD_CREATED', who: 'worker' })
  })
  it('shows an action it has no words for under "other" with its code, and an unknown role as the system', () => {
    expect(historyLine({ action: 'SOMETHING_NEW', actorRole: 'none', onBehalf: false }, has))
      .toEqual({ key: 'history.actions.OTHER', code: 'SOMETHING_NEW', who: 'system', name: undefined })
  })
  it('adds up every yuan the household received', () => {
    expect(helpTotals([{ paidFen: 68000, disbursedFen: 68000 }, { paidFen: 35000, disbursedFen: 0 }, {}]))
      .toEqual({ count: 3, paidFen: 103000, disbursedFen: 68000 })
    expect(helpTotals([])).toEqual({ count: 0, paidFen: 0, disbursedFen: 0 })
  })
})
