import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { actionKey, helpTotals, historyDetail, historyLine } from '../views/history'
import zhCN from '../i18n/zh-CN'
import en from '../i18n/en'

const lookup = (messages: object) => (key: string) => typeof key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], messages) === 'string'
const has = lookup(zhCN)
const hasEn = lookup(en)

/** Every audit action the backend records against a household (entity "household"), read from its sources. */
function householdActions(): Set<string> {
  const root = join(__dirname, '../../../java/org/weiyuan')
  const found = new Set<string>()
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name)
      if (statSync(path).isDirectory()) walk(path)
      else if (name.endsWith('.java')) {
        const src = readFileSync(path, 'utf8')
        for (const m of src.matchAll(/"([A-Za-z][\w.-]*)",\s*"household",/g)) found.add(m[1])
        for (const m of src.matchAll(/transition\([^;]*?HouseholdAction\.\w+,\s*"([A-Z_]+)"/g)) found.add(m[1])
        for (const m of src.matchAll(/static final String \w+ = "(HOUSEHOLD_[A-Z_]+)"/g)) found.add(m[1])
      }
    }
  }
  walk(root)
  return found
}

describe('file history lines', () => {
  it('names the action, the on-behalf filing and who did it', () => {
    expect(historyLine({ action: 'HOUSEHOLD_APPROVED', actorRole: 'staff', actorName: '周华', onBehalf: false }, has))
      .toEqual({ key: 'history.actions.HOUSEHOLD_APPROVED', who: 'staff', name: '周华', detail: [] })
    expect(historyLine({ action: 'HOUSEHOLD_CREATED', actorRole: 'staff', actorName: '刘洋', onBehalf: true }, has).key)
      .toBe('history.actions.HOUSEHOLD_CREATED_ON_BEHALF')
    expect(historyLine({ action: 'HOUSEHOLD_CREATED', actorRole: 'worker', onBehalf: false }, has))
      .toMatchObject({ key: 'history.actions.HOUSEHOLD_CREATED', who: 'worker' })
  })
  it('has zh-CN and English words for every action the backend records on a household', () => {
    const actions = householdActions()
    // the scan must find the actions of the last review (else it proves nothing)
    for (const a of ['followup.helper.assign', 'HOUSEHOLD_RECHECKED', 'DUPLICATE_DECIDED', 'HOUSEHOLD_APPROVED', 'HOUSEHOLD_APPEALED', 'HOUSEHOLD_PLAN_CLOSED']) expect(actions).toContain(a)
    for (const a of actions) {
      expect(has(`history.actions.${actionKey(a)}`), a).toBe(true)
      expect(hasEn(`history.actions.${actionKey(a)}`), a).toBe(true)
    }
  })
  it('shows an action it has no words for as a readable generic line, never its code', () => {
    const line = historyLine({ action: 'SOMETHING_NEW', actorRole: 'none', detail: 'FOO_BAR 1f0e4b3c-1111-4222-8333-444455556666', onBehalf: false }, has)
    expect(line).toEqual({ key: 'history.actions.OTHER', who: 'system', name: undefined, detail: [] })
    expect(JSON.stringify(line)).not.toMatch(/SOMETHING_NEW|FOO_BAR/)
  })
  it('turns the codes of the audit detail into words', () => {
    expect(historyDetail('HOUSEHOLD_RECHECKED', 'CONFIRMED', has)).toEqual([{ key: 'checks.results.CONFIRMED' }])
    expect(historyDetail('HOUSEHOLD_APPROVED', 'DIBAO_MARGINAL/HARDSHIP', has))
      .toEqual([{ key: 'enums.HouseholdCategory.DIBAO_MARGINAL' }, { key: 'enums.Severity.HARDSHIP' }])
    const other = '1f0e4b3c-1111-4222-8333-444455556666'
    expect(historyDetail('DUPLICATE_DECIDED', `SAME_PHONE NOT_DUPLICATE with ${other}`, has))
      .toEqual([{ key: 'checks.duplicates.reasons.SAME_PHONE' }, { key: 'checks.duplicates.status.NOT_DUPLICATE' }, { file: other }])
    expect(historyDetail('HOUSEHOLD_EXITED', 'INELIGIBLE_ON_RECHECK', has)).toEqual([{ key: 'desk.exitReasons.INELIGIBLE_ON_RECHECK' }])
    expect(historyDetail('PERSONAL_DATA_READ', 'idNumber, phone, addressDetail, healthDetail', has)).toHaveLength(4)
    expect(historyDetail('HOUSEHOLD_APPEALED', '代为申诉 filed by staff on the household\'s behalf', has)).toEqual([{ key: 'desk.history.appealOnBehalf' }])
    expect(historyDetail('HOUSEHOLD_MEASURE_OUTCOME', '生活救助 Living aid · ACHIEVED: 已发放', has))
      .toEqual([{ text: '生活救助' }, { key: 'desk.measureOutcomes.ACHIEVED' }, { text: '已发放' }])
    expect(historyDetail('HOUSEHOLD_WORKER_ONBOARDED', `worker account ${other}`, has)).toEqual([])
    expect(historyDetail('HOUSEHOLD_QUESTION_ASKED', '请补充收入证明', has)).toEqual([{ text: '请补充收入证明' }])
    // a code the console does not know is dropped, not shown raw
    expect(historyDetail('HOUSEHOLD_RECHECKED', 'NEW_RESULT', has)).toEqual([])
  })
  it('puts a space between the role and the name in English', () => {
    expect(en.desk.history.actor.replace('{role}', 'Staff').replace('{name}', '刘洋')).toBe('Staff 刘洋')
  })
  it('adds up every yuan the household received', () => {
    expect(helpTotals([{ paidFen: 68000, disbursedFen: 68000 }, { paidFen: 35000, disbursedFen: 0 }, {}]))
      .toEqual({ count: 3, paidFen: 103000, disbursedFen: 68000 })
    expect(helpTotals([])).toEqual({ count: 0, paidFen: 0, disbursedFen: 0 })
  })
})
