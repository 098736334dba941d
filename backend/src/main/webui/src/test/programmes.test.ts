import { describe, expect, it } from 'vitest'
import {
  aidListActions, chinaQuarter, claimAction, permille, contactProblems, contactRequest, courseProblems, courseRequest, dueRows, emptyContact, emptyCourse, fundsFor,
  isFull, lineProblems, lineRequest, maskId, maskPhone, measureActions, needsResult, ownSubmitted, places, share, stateTag,
} from '../programmes/rules'
import { programmeMenu, programmeRoutes } from '../programmes/routes'

describe('help plan measures', () => {
  it('offers only the moves MeasureLifecycle allows', () => {
    expect(measureActions('PLANNED')).toEqual(['START', 'COMPLETE', 'DROP'])
    expect(measureActions('IN_PROGRESS')).toEqual(['COMPLETE', 'DROP'])
    expect(measureActions('DROPPED')).toEqual(['REOPEN'])
    expect(measureActions('DONE')).toEqual([])
    expect(measureActions(undefined)).toEqual([])
  })
  it('asks for the result when a measure is completed or dropped', () => {
    expect(['START', 'COMPLETE', 'DROP', 'REOPEN'].filter((a) => needsResult(a as never))).toEqual(['COMPLETE', 'DROP'])
  })
})

describe('the contact form', () => {
  const today = '2026-12-01'
  it('needs what was said, a date not after today, and a plan review at a visit when there is a plan', () => {
    expect(contactProblems(emptyContact(today), today, true)).toEqual(['summary'])
    const phone = { ...emptyContact(today), summary: '电话问候' }
    expect(contactProblems(phone, today, true)).toEqual([])
    expect(contactProblems({ ...phone, contactedOn: '2026-12-02' }, today, true)).toEqual(['contactedOn'])
    expect(contactProblems({ ...phone, kind: 'VISIT' }, today, true)).toEqual(['planReview'])
    expect(contactProblems({ ...phone, kind: 'VISIT' }, today, false)).toEqual([])
    expect(contactProblems({ ...phone, kind: 'VISIT', planReview: '措施按期推进' }, today, true)).toEqual([])
  })
  it('trims, leaves blanks out, and sends a plan review only with a visit', () => {
    expect(contactRequest({ kind: 'PHONE', contactedOn: today, summary: ' 电话问候 ', nextStep: ' ', planReview: '不该发送' }))
      .toEqual({ kind: 'PHONE', contactedOn: today, summary: '电话问候', nextStep: undefined, planReview: undefined })
    expect(contactRequest({ kind: 'VISIT', contactedOn: today, summary: '入户', nextStep: '报名培训', planReview: ' 推进中 ' }).planReview).toBe('推进中')
  })
})

describe('the helper\'s due list', () => {
  const tasks = {
    today: '2026-12-01',
    overdueContacts: [{ householdId: 'h1', due: '2026-11-20', daysOverdue: 11 }],
    visitTasks: [{ id: 'v1', householdId: 'h2', reason: 'BIRTHDAY', labelZh: '生日走访', labelEn: 'Birthday visit', dueOn: '2026-12-10' },
      { id: 'v2', householdId: 'h3', reason: 'FESTIVAL', labelZh: '重阳走访', labelEn: 'Double Ninth visit', dueOn: '2026-10-29' }],
    measures: [{ householdId: 'h1', measureId: 'm1', kind: 'JOB_PLACEMENT' as const, dueOn: '2026-12-05', overdue: false }],
  }
  it('puts everything overdue first, then by due date, labels in the staff member\'s language', () => {
    const rows = dueRows(tasks, 'zh-CN')
    expect(rows.map((r) => [r.kind, r.householdId, r.overdue])).toEqual([
      ['VISIT_TASK', 'h3', true], ['CONTACT', 'h1', true], ['MEASURE', 'h1', false], ['VISIT_TASK', 'h2', false]])
    expect(rows[0].what).toBe('重阳走访')
    expect(dueRows(tasks, 'en')[3].what).toBe('Birthday visit')
    expect(rows[1].daysOverdue).toBe(11)
    expect(dueRows({}, 'zh-CN')).toEqual([])
  })
  it('writes shares and the China quarter', () => {
    expect(share(3, 4)).toBe('3 / 4 (75%)')
    expect(share(0, 0)).toBe('—')
    expect(share(undefined, 3)).toBe('0 / 3 (0%)')
    // 2026-12-31 17:00 UTC is already 2027-01-01 in China
    expect(chinaQuarter(Date.parse('2026-12-31T17:00:00Z'))).toEqual({ year: 2027, quarter: 1 })
    expect(chinaQuarter(Date.parse('2026-09-30T15:00:00Z'))).toEqual({ year: 2026, quarter: 3 })
  })
})

describe('union aid lists (一人编制、另一人审批)', () => {
  it('lets the preparer edit and submit, never approve their own list', () => {
    expect(aidListActions({ status: 'DRAFT', preparedBy: 'me' }, 'me')).toEqual(['edit', 'submit', 'cancel'])
    expect(aidListActions({ status: 'SUBMITTED', preparedBy: 'me' }, 'me')).toEqual(['cancel'])
    expect(ownSubmitted({ status: 'SUBMITTED', preparedBy: 'me' }, 'me')).toBe(true)
    expect(aidListActions({ status: 'SUBMITTED', preparedBy: 'other' }, 'me')).toEqual(['approve', 'reject', 'cancel'])
    expect(ownSubmitted({ status: 'SUBMITTED', preparedBy: 'other' }, 'me')).toBe(false)
    expect(aidListActions({ status: 'APPROVED', preparedBy: 'me' }, 'me')).toEqual(['pay'])
    expect(aidListActions({ status: 'PAID', preparedBy: 'other' }, 'me')).toEqual([])
    expect(aidListActions({ status: 'CANCELLED', preparedBy: 'other' }, 'me')).toEqual([])
  })
  it('does not take a missing identity for the preparer', () => {
    expect(aidListActions({ status: 'SUBMITTED', preparedBy: undefined }, undefined)).toEqual(['approve', 'reject', 'cancel'])
  })
  it('checks a line and sends it in fen', () => {
    expect(lineProblems({ householdId: '', amount: '', goods: '' })).toEqual(['household', 'amount'])
    expect(lineProblems({ householdId: 'h1', amount: '五百', goods: '' })).toEqual(['amount'])
    expect(lineProblems({ householdId: 'h1', amount: '0', goods: '' })).toEqual(['amount'])
    expect(lineRequest({ householdId: 'h1', amount: '500.5', goods: ' 米、面、油 ' })).toEqual({ amountFen: 50050, goods: '米、面、油' })
    expect(lineRequest({ householdId: 'h1', amount: '800', goods: ' ' })).toEqual({ amountFen: 80000, goods: undefined })
  })
  it('offers only funds of the list\'s purpose (专款专用)', () => {
    const funds = [{ id: 'a', purpose: 'FESTIVAL' }, { id: 'b', purpose: 'LIVING' }, { id: 'c', purpose: 'FESTIVAL' }]
    expect(fundsFor(funds, 'FESTIVAL').map((f) => f.id)).toEqual(['a', 'c'])
    expect(fundsFor(funds, 'MEDICAL')).toEqual([])
    expect(fundsFor(funds, undefined)).toEqual([])
  })
})

describe('training courses', () => {
  it('starts a new course in a week for a month, China dates', () => {
    const f = emptyCourse(Date.parse('2026-12-01T17:00:00Z'))
    expect([f.startsOn, f.endsOn]).toEqual(['2026-12-09', '2027-01-08'])
  })
  it('names what is missing and sends the request', () => {
    const f = emptyCourse(Date.parse('2026-12-01T00:00:00Z'))
    expect(courseProblems(f)).toEqual(['title', 'skill'])
    const filled = { ...f, title: ' 养老护理员(初级) ', skill: 'ELDERLY_CARE' as const, provider: '南明区职业培训学校', certificateName: '养老护理员证' }
    expect(courseProblems(filled)).toEqual([])
    expect(courseProblems({ ...filled, endsOn: '2026-01-01' })).toEqual(['dates'])
    expect(courseRequest(filled, 'u1')).toMatchObject({ unitId: 'u1', title: '养老护理员(初级)', skill: 'ELDERLY_CARE', level: 1, capacity: 30 })
  })
  it('shows places and when a course is full', () => {
    expect(places({ enrolled: 12, capacity: 30 })).toBe('12 / 30')
    expect(isFull({ enrolled: 30, capacity: 30 })).toBe(true)
    expect(isFull({ enrolled: 29, capacity: 30 })).toBe(false)
    expect(places({ enrolled: undefined, capacity: undefined })).toBe('0')
  })
})

describe('model workers', () => {
  it('masks the ID number and phone', () => {
    expect(maskId('52010219580501311X')).toBe('520102********311X')
    expect(maskId('')).toBe('')
    expect(maskId('12345')).toBe('*****')
    expect(maskPhone('13985000001')).toBe('139****0001')
    expect(maskPhone(undefined)).toBe('')
  })
})

describe('mutual-aid claims (审核与审批分离)', () => {
  it('reviews a submitted claim, and lets only someone else approve it', () => {
    expect(claimAction({ status: 'SUBMITTED' }, 'a')).toEqual({ action: 'review' })
    expect(claimAction({ status: 'REVIEWED', reviewedBy: 'a' }, 'a')).toEqual({ blocked: 'reviewer' })
    expect(claimAction({ status: 'REVIEWED', reviewedBy: 'a' }, 'b')).toEqual({ action: 'approve' })
    expect(claimAction({ status: 'AWAITING_SECOND_APPROVAL', reviewedBy: 'a', approvedBy: 'b' }, 'b')).toEqual({ blocked: 'approver' })
    expect(claimAction({ status: 'AWAITING_SECOND_APPROVAL', reviewedBy: 'a', approvedBy: 'b' }, 'a')).toEqual({ blocked: 'reviewer' })
    expect(claimAction({ status: 'AWAITING_SECOND_APPROVAL', reviewedBy: 'a', approvedBy: 'b' }, 'c')).toEqual({ action: 'approve' })
    expect(claimAction({ status: 'PAID', reviewedBy: 'a', approvedBy: 'b' }, 'c')).toEqual({})
    expect(claimAction({ status: 'REJECTED', reviewedBy: 'a' }, 'c')).toEqual({})
  })
  it('writes the payout ratio from permille', () => {
    expect(permille(462)).toBe('46.2%')
    expect(permille(0)).toBe('0.0%')
    expect(permille(undefined)).toBe('—')
  })
})

describe('programme pages', () => {
  it('every menu entry has its route', () => {
    const paths = programmeRoutes.map((r) => `/${r.path}`)
    for (const m of programmeMenu) expect(paths).toContain(m.to)
  })
})

describe('state tags', () => {
  it('shows paid out (已发放, 已赔付) green, never in the brand red of a refusal; other states keep their style', () => {
    expect(stateTag('PAID')).toBe('success')
    for (const other of ['DRAFT', 'SUBMITTED', 'APPROVED', 'CANCELLED', 'PLANNED', 'REJECTED', undefined, null]) expect(stateTag(other)).toBeUndefined()
  })
})
