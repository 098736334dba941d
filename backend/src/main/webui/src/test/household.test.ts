import { describe, expect, it } from 'vitest'
import { actionsFor, blockedAsInvestigator } from '../views/household'

const file = {
  status: 'UNDER_VERIFICATION' as const,
  verifications: [
    { id: 'v0', reviewCycle: 1, investigatorSubject: 'zhou' },
    { id: 'v1', reviewCycle: 2, investigatorSubject: 'liu' },
  ],
}

describe('separation of duties (谁调查、谁审核)', () => {
  it('blocks the investigator of this cycle, not one of an earlier cycle', () => {
    expect(blockedAsInvestigator(file, 'liu')).toBe(true)
    expect(blockedAsInvestigator(file, 'zhou')).toBe(false)
    expect(blockedAsInvestigator(file, undefined)).toBe(false)
  })
  it('offers the actions the state allows', () => {
    expect(actionsFor('SUBMITTED')).toMatchObject({ start: true, approve: false, verify: false })
    expect(actionsFor('UNDER_VERIFICATION')).toMatchObject({ start: false, approve: true, verify: true })
    expect(actionsFor('DRAFT')).toMatchObject({ submit: true, start: false })
    expect(actionsFor('APPROVED')).toEqual({ submit: false, start: false, verify: false, approve: false, reject: false, ask: false })
  })
})
