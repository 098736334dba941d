import { describe, expect, it } from 'vitest'
import {
  amountProblem, chinaToday, daysUntil, documentFileProblem, duplicatesInOrder, newMember, onBehalfProblem, onBehalfRequest,
  recheckProblem, recheckRequest, spotCheckProblem, spotCheckRequest, type OnBehalfForm, type RecheckForm,
} from '../identity/checks'

describe('evidence documents', () => {
  it('takes JPEG, PNG and PDF up to the server limit, and says why not otherwise', () => {
    expect(documentFileProblem({ type: 'application/pdf', size: 1000 })).toBeNull()
    expect(documentFileProblem({ type: 'image/png', size: 1_000_000 })).toBeNull()
    expect(documentFileProblem({ type: 'image/gif', size: 10 })).toBe('checks.documents.wrongType')
    expect(documentFileProblem({ type: 'image/jpeg', size: 0 })).toBe('checks.documents.empty')
    expect(documentFileProblem({ type: 'image/jpeg', size: 1_000_001 })).toBe('checks.documents.tooLarge')
  })
})

describe('re-checks', () => {
  const form = (over: Partial<RecheckForm> = {}): RecheckForm => ({
    result: 'CONFIRMED', visitedOn: '2026-11-30', finding: '情况未变', commitmentSigned: true, category: '', severity: '', ...over,
  })
  const current = { category: 'DIBAO_MARGINAL' as const, severity: 'HARDSHIP' as const }
  it('needs a result, a date, a finding and the signed commitment', () => {
    expect(recheckProblem(form(), current)).toBeNull()
    expect(recheckProblem(form({ result: '' }), current)).toBe('checks.recheck.needResult')
    expect(recheckProblem(form({ visitedOn: '' }), current)).toBe('checks.recheck.needDate')
    expect(recheckProblem(form({ finding: '  ' }), current)).toBe('checks.recheck.needFinding')
    expect(recheckProblem(form({ commitmentSigned: false }), current)).toBe('checks.recheck.needCommitment')
  })
  it('a correction names a new, still qualifying category and severity', () => {
    expect(recheckProblem(form({ result: 'CORRECTED' }), current)).toBe('checks.recheck.needCorrection')
    expect(recheckProblem(form({ result: 'CORRECTED', category: 'NOT_ELIGIBLE', severity: 'HARDSHIP' }), current)).toBe('checks.recheck.correctionIneligible')
    expect(recheckProblem(form({ result: 'CORRECTED', category: 'DIBAO_MARGINAL', severity: 'HARDSHIP' }), current)).toBe('checks.recheck.correctionSame')
    expect(recheckProblem(form({ result: 'CORRECTED', category: 'DIBAO', severity: 'EXTREME_HARDSHIP' }), current)).toBeNull()
  })
  it('sends category and severity only with a correction', () => {
    expect(recheckRequest(form({ category: 'DIBAO', severity: 'HARDSHIP', finding: ' 属实 ' }))).toEqual({
      result: 'CONFIRMED', visitedOn: '2026-11-30', finding: '属实', commitmentSigned: true, category: undefined, severity: undefined,
    })
    expect(recheckRequest(form({ result: 'CORRECTED', category: 'DIBAO', severity: 'HARDSHIP' }))).toMatchObject({ category: 'DIBAO', severity: 'HARDSHIP' })
  })
  it('counts days to the due date, negative when overdue, in China dates', () => {
    expect(daysUntil('2026-12-11', '2026-12-01')).toBe(10)
    expect(daysUntil('2026-11-01', '2026-12-01')).toBe(-30)
    expect(daysUntil(undefined, '2026-12-01')).toBeNull()
    // 2026-11-30 17:00 UTC is already 1 December in Beijing
    expect(chinaToday(Date.parse('2026-11-30T17:00:00Z'))).toBe('2026-12-01')
  })
})

describe('spot checks', () => {
  it('sends exactly one method', () => {
    expect(spotCheckRequest('u', { method: 'SHARE', sharePct: 20, confidencePct: 95, marginPct: 5 })).toEqual({ unitId: 'u', sharePct: 20 })
    expect(spotCheckRequest('u', { method: 'CONFIDENCE', sharePct: 20, confidencePct: 95, marginPct: 5 })).toEqual({ unitId: 'u', confidencePct: 95, marginPct: 5 })
  })
  it('checks the share, or the confidence the server knows and a margin', () => {
    expect(spotCheckProblem({ method: 'SHARE', sharePct: 0, confidencePct: null, marginPct: null })).toBe('checks.spot.needShare')
    expect(spotCheckProblem({ method: 'SHARE', sharePct: 101, confidencePct: null, marginPct: null })).toBe('checks.spot.needShare')
    expect(spotCheckProblem({ method: 'CONFIDENCE', sharePct: null, confidencePct: 85, marginPct: 5 })).toBe('checks.spot.needConfidence')
    expect(spotCheckProblem({ method: 'CONFIDENCE', sharePct: null, confidencePct: 95, marginPct: null })).toBe('checks.spot.needMargin')
    expect(spotCheckProblem({ method: 'CONFIDENCE', sharePct: null, confidencePct: 95, marginPct: 5 })).toBeNull()
  })
})

describe('recovery amounts', () => {
  it('are positive yuan within what is still owed', () => {
    expect(amountProblem('120.50', 12050)).toBeNull()
    expect(amountProblem('120.51', 12050)).toBe('checks.recovery.tooMuch')
    expect(amountProblem('0', null)).toBe('checks.recovery.needAmount')
    expect(amountProblem('1.234', null)).toBe('checks.recovery.needAmount')
  })
})

describe('filing on a worker\'s behalf (代录)', () => {
  const form = (over: Partial<OnBehalfForm> = {}): OnBehalfForm => ({
    unitId: 'unit-1', headName: '吴秀兰', idNumber: '52010219700101002x', phone: '', district: '南明区', addressDetail: '',
    housing: 'RENTED', causes: ['ILLNESS'], causeNote: '', otherIncome: '300', members: [{ ...newMember(), birthYear: 1970 }], ...over,
  })
  it('names the first thing missing', () => {
    expect(onBehalfProblem(form())).toBeNull()
    expect(onBehalfProblem(form({ idNumber: '5201' }))).toBe('checks.onBehalf.needId')
    expect(onBehalfProblem(form({ phone: '12345' }))).toBe('checks.onBehalf.badPhone')
    expect(onBehalfProblem(form({ housing: '' }))).toBe('checks.onBehalf.needHousing')
    expect(onBehalfProblem(form({ causes: [] }))).toBe('checks.onBehalf.needCause')
    expect(onBehalfProblem(form({ otherIncome: 'abc' }))).toBe('checks.onBehalf.badIncome')
    expect(onBehalfProblem(form({ members: [newMember('SPOUSE')] }))).toBe('checks.onBehalf.needSelf')
    const m = { ...newMember('CHILD'), name: '', birthYear: 2012 }
    expect(onBehalfProblem(form({ members: [{ ...newMember(), birthYear: 1970 }, m] }))).toBe('checks.onBehalf.needMemberName')
  })
  it('sends fen, leaves blanks out and names the 本人 line after the head', () => {
    const body = onBehalfRequest(form({ members: [{ ...newMember(), birthYear: 1970, income: '1000' }] }))
    expect(body.idNumber).toBe('52010219700101002X')
    expect(body.otherMonthlyIncomeFen).toBe(30000)
    expect(body.phone).toBeUndefined()
    expect(body.members[0]).toMatchObject({ relation: 'SELF', name: '吴秀兰', birthYear: 1970, monthlyIncomeFen: 100000, idNumber: undefined })
  })
})

describe('duplicate candidates', () => {
  it('lists the open ones first, each group oldest first', () => {
    const rows = [
      { id: 'a', status: 'NOT_DUPLICATE', createdAt: '2026-11-01T00:00:00Z' },
      { id: 'b', status: 'OPEN', createdAt: '2026-11-03T00:00:00Z' },
      { id: 'c', status: 'OPEN', createdAt: '2026-11-02T00:00:00Z' },
    ] as const
    expect(duplicatesInOrder([...rows]).map((r) => r.id)).toEqual(['c', 'b', 'a'])
  })
})
