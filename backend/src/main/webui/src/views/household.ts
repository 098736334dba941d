import type { Schemas } from '../api/client'

type Household = Schemas['HouseholdView']

/** The review cycle now running: the highest among the file's home visits (0 when none). */
export function currentCycle(h: Household): number {
  return Math.max(0, ...(h.verifications ?? []).map((v) => v.reviewCycle ?? 0))
}

/** This cycle's home visits. */
export function visitsThisCycle(h: Household) {
  const cycle = currentCycle(h)
  return (h.verifications ?? []).filter((v) => (v.reviewCycle ?? 0) === cycle)
}

/**
 * Whether the separation of duties (谁调查、谁审核) keeps this staff member from approving: they
 * recorded a home visit of this cycle. The server refuses such an approval in any case.
 */
export function blockedAsInvestigator(h: Household, subject: string | null | undefined): boolean {
  if (!subject) return false
  return visitsThisCycle(h).some((v) => v.investigatorSubject === subject)
}

/** What staff may do to the file in its state. */
export function actionsFor(status: string | undefined) {
  return {
    // a draft staff filed on a worker's behalf (no smartphone) is submitted by staff
    submit: status === 'DRAFT',
    start: status === 'SUBMITTED',
    verify: status === 'UNDER_VERIFICATION',
    approve: status === 'UNDER_VERIFICATION',
    reject: status === 'SUBMITTED' || status === 'NEEDS_INFO' || status === 'UNDER_VERIFICATION',
    ask: status === 'SUBMITTED' || status === 'UNDER_VERIFICATION' || status === 'NEEDS_INFO',
  }
}
