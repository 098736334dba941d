import { describe, expect, it } from 'vitest'
import { appealDecisionProblem, complianceWhy, filterDuplicates, mayAppeal, refFacts, traceCandidates, skillList, transferProblems, volunteerProblems, transferTargets, waitingDays } from '../desk/rules'
import { formFieldErrors, newMember, onBehalfProblems, type OnBehalfForm } from '../identity/checks'
import { toFen } from '../util/format'
import { appendPage, claimsQuery } from '../desk/claims'

describe('why a helper is not compliant (未达标)', () => {
  it('names too few households even when every household met the rule (1 / 1 (100%))', () => {
    expect(complianceWhy({ compliant: false, enoughHouseholds: false, households: 1, householdsMet: 1 }, { minHouseholds: 2 }))
      .toEqual([{ key: 'desk.followup.tooFewHouseholds', params: { n: 1, min: 2 } }])
  })
  it('names the households behind, and nothing for a compliant helper', () => {
    expect(complianceWhy({ compliant: false, enoughHouseholds: true, households: 3, householdsMet: 1 }, { minHouseholds: 2 }))
      .toEqual([{ key: 'desk.followup.householdsBehind', params: { n: 2 } }])
    expect(complianceWhy({ compliant: true, enoughHouseholds: true, households: 2, householdsMet: 2 }, { minHouseholds: 2 })).toEqual([])
  })
})

describe('the duplicate queue', () => {
  const rows = [
    { id: 'a', reason: 'SAME_PHONE' as const, household: { headName: '王*', district: '南明区', headBirthYear: 1968, idTail: '0021' }, other: { headName: '王*', district: '云岩区', headBirthYear: 1990, idTail: '553X' } },
    { id: 'b', reason: 'SAME_NAME_AND_BIRTH' as const, household: { headName: '李*', district: '南明区', headBirthYear: 1975, idTail: '1234' }, other: { headName: '李*', district: '南明区', headBirthYear: 1975, idTail: '9876' } },
  ]
  it('filters by reason and by text in either file (name, district, birth year, ID tail)', () => {
    expect(filterDuplicates(rows, { text: '', reason: '' }).map((r) => r.id)).toEqual(['a', 'b'])
    expect(filterDuplicates(rows, { text: '', reason: 'SAME_PHONE' }).map((r) => r.id)).toEqual(['a'])
    expect(filterDuplicates(rows, { text: '云岩', reason: '' }).map((r) => r.id)).toEqual(['a'])
    expect(filterDuplicates(rows, { text: '553x', reason: '' }).map((r) => r.id)).toEqual(['a'])
    expect(filterDuplicates(rows, { text: '1975', reason: 'SAME_PHONE' })).toEqual([])
  })
  it('tells two masked names apart by district, birth year and ID tail', () => {
    expect(refFacts(rows[1].household)).toEqual([
      { key: 'desk.duplicates.district', params: { v: '南明区' } },
      { key: 'desk.duplicates.born', params: { v: 1975 } },
      { key: 'desk.duplicates.idTail', params: { v: '1234' } },
    ])
    expect(refFacts({ headName: '王*' })).toEqual([])
  })
})

describe('the file-on-behalf form', () => {
  const form = (over: Partial<OnBehalfForm> = {}): OnBehalfForm => ({
    unitId: 'u', headName: '吴建国', idNumber: '520102196805120021', phone: '', district: '南明区', addressDetail: '', housing: 'RENTED',
    causes: ['ILLNESS'], causeNote: '', otherIncome: '0', members: [{ ...newMember(), birthYear: 1968 }], ...over,
  })
  it('puts every problem at its own field, members by line', () => {
    expect(onBehalfProblems(form())).toEqual({})
    const p = onBehalfProblems(form({ headName: ' ', idNumber: '5201', members: [{ ...newMember(), birthYear: 1968 }, { ...newMember('CHILD'), income: 'x' }] }))
    expect(p).toEqual({
      headName: 'checks.onBehalf.needHead', idNumber: 'checks.onBehalf.needId',
      'members[1].name': 'checks.onBehalf.needMemberName', 'members[1].birthYear': 'checks.onBehalf.needBirthYear', 'members[1].income': 'checks.onBehalf.badIncome',
    })
  })
  it('maps the server\'s problem+json field errors onto the form\'s fields (fen typed as yuan)', () => {
    expect(formFieldErrors([
      { field: 'idNumber', message: '身份证号已建档' }, { field: 'otherMonthlyIncomeFen', message: '不能为负' },
      { field: 'members[1].monthlyIncomeFen', message: '不能为负' }, { message: '无字段' },
    ])).toEqual({ idNumber: '身份证号已建档', otherIncome: '不能为负', 'members[1].income': '不能为负' })
  })
})

describe('appeals and accountability', () => {
  it('asks for the outcome, then its reasons', () => {
    expect(appealDecisionProblem({ outcome: '', reason: '有理' })).toBe('desk.appeals.needOutcome')
    expect(appealDecisionProblem({ outcome: 'UPHELD', reason: ' ' })).toBe('desk.appeals.needReason')
    expect(appealDecisionProblem({ outcome: 'REVERSED', reason: '材料属实' })).toBeNull()
  })
  it('counts whole days waited', () => {
    const now = Date.parse('2026-12-01T12:00:00Z')
    expect(waitingDays('2026-11-28T13:00:00Z', now)).toBe(2)
    expect(waitingDays(undefined, now)).toBe(0)
    expect(waitingDays('2026-12-02T00:00:00Z', now)).toBe(0)
  })
  it('lets staff appeal a rejected or exited file once at a time', () => {
    expect(mayAppeal('REJECTED', [])).toBe(true)
    expect(mayAppeal('EXITED', [{ status: 'UPHELD' }])).toBe(true)
    expect(mayAppeal('EXITED', [{ status: 'PENDING' }])).toBe(false)
    expect(mayAppeal('APPROVED', [])).toBe(false)
  })
  it('offers each person of the trace once per role', () => {
    expect(traceCandidates([
      { role: 'INVESTIGATED', staffSubject: 's1' }, { role: 'INVESTIGATED', staffSubject: 's1' }, { role: 'APPROVED', staffSubject: 's2' },
      { role: 'REGISTERED' }, { role: 'RECHECKED', staffSubject: 's1' },
    ])).toEqual([{ role: 'INVESTIGATED', staffSubject: 's1' }, { role: 'APPROVED', staffSubject: 's2' }, { role: 'RECHECKED', staffSubject: 's1' }])
  })
})

describe('union fund transfers (划拨)', () => {
  const funds = [
    { id: 'f1', purpose: 'LIVING' as const, availableFen: 50_000 },
    { id: 'f2', purpose: 'LIVING' as const, availableFen: 0 },
    { id: 'f3', purpose: 'MEDICAL' as const, availableFen: 90_000 },
  ]
  it('offers only funds of the same purpose as targets (专款专用)', () => {
    expect(transferTargets(funds, 'f1').map((f) => f.id)).toEqual(['f2'])
    expect(transferTargets(funds, 'nope')).toEqual([])
  })
  it('refuses the same fund, another purpose, too much and a missing reference', () => {
    expect(transferProblems({ fromFundId: 'f1', toFundId: 'f2', amount: '500', reference: 'HB-1' }, funds, toFen)).toEqual({})
    const p = transferProblems({ fromFundId: 'f1', toFundId: 'f3', amount: '500.01', reference: ' ' }, funds, toFen)
    expect(p.toFundId?.key).toBe('desk.funds.earmark')
    expect(p.amount).toEqual({ key: 'desk.funds.tooMuch', params: { yuan: '500.00' } })
    expect(p.reference?.key).toBe('desk.funds.needReference')
    expect(transferProblems({ fromFundId: 'f1', toFundId: 'f1', amount: '1', reference: 'x' }, funds, toFen).toFundId?.key).toBe('desk.funds.sameFund')
    expect(transferProblems({ fromFundId: '', toFundId: '', amount: '0', reference: 'x' }, funds, toFen))
      .toEqual({ fromFundId: { key: 'desk.funds.needFrom' }, toFundId: { key: 'desk.funds.needTo' }, amount: { key: 'desk.funds.needAmount' } })
  })
})

describe('the mutual-aid claims list (申领列表)', () => {
  it('asks only for the filters set, with the cursor of the next page', () => {
    expect(claimsQuery({ status: '', unitId: '' })).toBe('limit=50')
    expect(claimsQuery({ status: 'SUBMITTED', unitId: 'u1', cursor: 'abc', limit: 20 })).toBe('unitId=u1&status=SUBMITTED&cursor=abc&limit=20')
  })
  it('appends a page without showing a claim twice', () => {
    expect(appendPage([{ id: 'a' }, { id: 'b' }], { items: [{ id: 'b' }, { id: 'c' }], nextCursor: null }).map((c) => c.id)).toEqual(['a', 'b', 'c'])
    expect(appendPage([], {}).length).toBe(0)
  })
})

describe('the volunteer roster form (志愿者名册)', () => {
  it('reads skills separated by 、，, or spaces, each once', () => {
    expect(skillList(' 电工、心理疏导，电工, 陪护  ')).toEqual(['电工', '心理疏导', '陪护'])
    expect(skillList('')).toEqual([])
  })
  it('needs unit, name and a mobile number when new; a change may leave the phone empty', () => {
    expect(volunteerProblems({ unitId: '', name: ' ', phone: '1234', skills: '' }, true))
      .toEqual({ unitId: 'desk.funds.needUnit', name: 'desk.volunteers.needName', phone: 'desk.volunteers.badPhone' })
    expect(volunteerProblems({ unitId: 'u', name: '张三', phone: '13800001234', skills: '电工' }, true)).toEqual({})
    expect(volunteerProblems({ unitId: '', name: '张三', phone: '', skills: '' }, false)).toEqual({})
    expect(volunteerProblems({ unitId: '', name: '张三', phone: '1380000', skills: '' }, false)).toEqual({ phone: 'desk.volunteers.badPhone' })
    expect(volunteerProblems({ unitId: 'u', name: '张三', phone: '13800001234', skills: Array.from({ length: 11 }, (_, i) => `技${i}`).join('、') }, true))
      .toEqual({ skills: 'desk.volunteers.tooManySkills' })
  })
})
