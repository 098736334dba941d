import type { Schemas } from '../api/client'
import { toFen, yuan } from '../util/format'

/** The post-a-listing form (发布岗位) as staff fill it: amounts in yuan text, as typed. */
export interface ListingForm {
  employerId: string
  title: string
  description: string
  positions: number
  wageMin: string
  wageMax: string
  wagePeriod: Schemas['WagePeriod']
  district: string
  address: string
  days: Schemas['DayOfWeek'][]
  periods: Schemas['Period'][]
  weeklyHours: number | undefined
  startDate: string
  expiresOn: string
}

/** A day in China time as YYYY-MM-DD, `days` after `now` (passed in: tests fix it). */
export function chinaDay(now: number, days = 0): string {
  return new Date(now + 8 * 3600_000 + days * 86400_000).toISOString().slice(0, 10)
}

export function emptyListing(now: number = Date.now()): ListingForm {
  return { startDate: chinaDay(now), expiresOn: chinaDay(now, 30), employerId: '', title: '', description: '', positions: 1, wageMin: '', wageMax: '', wagePeriod: 'MONTH',
    district: '', address: '', days: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'], periods: ['MORNING', 'AFTERNOON'], weeklyHours: 40 }
}

/** The fields still wrong (i18n keys under jobs.problems), before the server is asked. */
export function listingProblems(f: ListingForm): string[] {
  const out: string[] = []
  if (!f.employerId) out.push('employer')
  if (!f.title.trim()) out.push('title')
  if (!f.description.trim()) out.push('description')
  if (!f.district) out.push('district')
  if (!f.address.trim()) out.push('address')
  // both ends are required and positive (ListingRequest: @Positive wageMinFen, wageMaxFen)
  const min = toFen(f.wageMin)
  const max = toFen(f.wageMax)
  if (!min || !max) out.push('wage')
  else if (max < min) out.push('wageOrder')
  if (!f.weeklyHours) out.push('hours')
  if (!f.days.length || !f.periods.length) out.push('shifts')
  if (!f.startDate || !f.expiresOn || f.expiresOn < f.startDate) out.push('dates')
  return out
}

/** The API's ListingRequest: money in integer fen (call it once listingProblems is empty). */
export function listingRequest(f: ListingForm): Schemas['ListingRequest'] {
  const min = toFen(f.wageMin) ?? undefined
  const max = toFen(f.wageMax) ?? undefined
  return {
    employerId: f.employerId, title: f.title.trim(), description: f.description.trim(), positions: f.positions,
    wageMinFen: min, wageMaxFen: max, wagePeriod: f.wagePeriod, district: f.district, address: f.address.trim(),
    shifts: { days: f.days, periods: f.periods }, weeklyHours: f.weeklyHours, startDate: f.startDate, expiresOn: f.expiresOn,
  }
}

/** "3,000.00–3,600.00", one end alone, or a dash. */
export function wageRange(minFen: number | undefined, maxFen: number | undefined): string {
  if (minFen === undefined && maxFen === undefined) return '—'
  if (minFen !== undefined && maxFen !== undefined && minFen !== maxFen) return `${yuan(minFen)}–${yuan(maxFen)}`
  return yuan(minFen ?? maxFen)
}

/** A candidate's reasons, the weightiest first, as the server words them in the staff member's language. */
export function reasons(c: Schemas['CandidateView']): string[] {
  return [...(c.why ?? [])].sort((a, b) => (b.points ?? 0) - (a.points ?? 0)).map((r) => r.text ?? r.factor ?? '').filter((s) => s)
}

/** The next states staff may set on an application (the worker alone withdraws). */
export function nextStatuses(s: Schemas['StatusRequest']['status'] | undefined): Schemas['StatusRequest']['status'][] {
  if (s === 'APPLIED') return ['INTERVIEW', 'HIRED', 'NOT_HIRED']
  if (s === 'INTERVIEW') return ['HIRED', 'NOT_HIRED']
  return []
}
