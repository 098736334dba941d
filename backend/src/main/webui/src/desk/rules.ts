/**
 * Plain rules of the console pages added in session 7 and of the review fixes (issue 13, console4):
 * each answers an i18n key (under `desk.`) with its parameters, or data the page shows; tests in test/desk.test.ts.
 */
import type { Schemas } from '../api/client'

export interface Why { key: string; params?: Record<string, string | number> }

/** Why a helper is 未达标 under the 3×“1·2” rule: too few households paired, or households behind on contacts or visits. */
export function complianceWhy(row: Pick<Schemas['HelperCompliance'], 'compliant' | 'enoughHouseholds' | 'households' | 'householdsMet'>,
  rule: { minHouseholds?: number } | null | undefined): Why[] {
  if (row.compliant) return []
  const why: Why[] = []
  if (row.enoughHouseholds === false) why.push({ key: 'desk.followup.tooFewHouseholds', params: { n: row.households ?? 0, min: rule?.minHouseholds ?? 0 } })
  const behind = (row.households ?? 0) - (row.householdsMet ?? 0)
  if (behind > 0) why.push({ key: 'desk.followup.householdsBehind', params: { n: behind } })
  return why
}

type Candidate = Schemas['DuplicateCandidateView']
type Ref = NonNullable<Candidate['household']>

/** The duplicate queue's filter: the reason, and text found in either file's masked name or district, or the ID's last four. */
export function filterDuplicates(rows: Candidate[], f: { text: string; reason: Candidate['reason'] | '' }): Candidate[] {
  const q = f.text.trim().toLowerCase()
  const hit = (r?: Ref) => !!r && [r.headName, r.district, r.idTail, r.headBirthYear ? String(r.headBirthYear) : ''].some((v) => (v ?? '').toLowerCase().includes(q))
  return rows.filter((c) => (!f.reason || c.reason === f.reason) && (!q || hit(c.household) || hit(c.other)))
}

/** What tells two 王* apart in the queue: district, the head's birth year, the ID's last four (i18n parts). */
export function refFacts(r: Ref | undefined): Why[] {
  if (!r) return []
  const facts: Why[] = []
  if (r.district) facts.push({ key: 'desk.duplicates.district', params: { v: r.district } })
  if (r.headBirthYear) facts.push({ key: 'desk.duplicates.born', params: { v: r.headBirthYear } })
  if (r.idTail) facts.push({ key: 'desk.duplicates.idTail', params: { v: r.idTail } })
  return facts
}

/** What the appeal decision still lacks: the outcome, then its reasons (复议 always gives reasons). */
export function appealDecisionProblem(f: { outcome: string; reason: string }): string | null {
  if (!f.outcome) return 'desk.appeals.needOutcome'
  if (!f.reason.trim()) return 'desk.appeals.needReason'
  return null
}

/** Whole days since an instant (how long an appeal has waited); 0 for none or the future. */
export function waitingDays(iso: string | undefined, now: number): number {
  const at = iso ? Date.parse(iso) : NaN
  return Number.isNaN(at) || at > now ? 0 : Math.floor((now - at) / 86_400_000)
}

/** Whether staff may file an appeal for the household (代为申诉): its file is rejected or exited and nothing is pending. */
export function mayAppeal(status: string | undefined, appeals: { status?: string }[]): boolean {
  return (status === 'REJECTED' || status === 'EXITED') && !appeals.some((a) => a.status === 'PENDING')
}

/** The trace's people a finding may name: each staff member once per role, in the trace's order. */
export function traceCandidates(steps: Schemas['TraceStepView'][]): { role: NonNullable<Schemas['TraceStepView']['role']>; staffSubject: string }[] {
  const seen = new Set<string>()
  const out: { role: NonNullable<Schemas['TraceStepView']['role']>; staffSubject: string }[] = []
  for (const s of steps) {
    if (!s.role || !s.staffSubject || seen.has(`${s.role}|${s.staffSubject}`)) continue
    seen.add(`${s.role}|${s.staffSubject}`)
    out.push({ role: s.role, staffSubject: s.staffSubject })
  }
  return out
}

type Fund = Schemas['FundView']

/** A union fund transfer (划拨) before it is sent: two different funds of one purpose (专款专用), an amount within what is available, a reference. */
export function transferProblems(f: { fromFundId: string; toFundId: string; amount: string; reference: string }, funds: Fund[],
  toFen: (s: string) => number | null): Record<string, Why> {
  const p: Record<string, Why> = {}
  const from = funds.find((x) => x.id === f.fromFundId)
  const to = funds.find((x) => x.id === f.toFundId)
  if (!from) p.fromFundId = { key: 'desk.funds.needFrom' }
  if (!to) p.toFundId = { key: 'desk.funds.needTo' }
  else if (from && from.id === to.id) p.toFundId = { key: 'desk.funds.sameFund' }
  else if (from && from.purpose !== to.purpose) p.toFundId = { key: 'desk.funds.earmark' }
  const fen = toFen(f.amount)
  if (fen === null || fen <= 0) p.amount = { key: 'desk.funds.needAmount' }
  else if (from && fen > (from.availableFen ?? 0)) p.amount = { key: 'desk.funds.tooMuch', params: { yuan: ((from.availableFen ?? 0) / 100).toFixed(2) } }
  if (!f.reference.trim()) p.reference = { key: 'desk.funds.needReference' }
  return p
}

/** The funds money may go to from `fromId`: the others of the same purpose. */
export function transferTargets(funds: Fund[], fromId: string): Fund[] {
  const from = funds.find((x) => x.id === fromId)
  return from ? funds.filter((x) => x.id !== from.id && x.purpose === from.purpose) : []
}

/** What an offer (发布服务) still lacks, per field; the validity date is a plain YYYY-MM-DD. */
export function offerProblems(o: { providerId: string; category: string; title: string; description: string; capacity: number | null; validUntil: string }): Record<string, string> {
  const p: Record<string, string> = {}
  if (!o.providerId) p.providerId = 'desk.services.needProvider'
  if (!o.category) p.category = 'desk.services.needCategory'
  if (!o.title.trim()) p.title = 'desk.services.needTitle'
  if (!o.description.trim()) p.description = 'desk.services.needDescription'
  if (!o.capacity || o.capacity < 1) p.capacity = 'desk.services.needCapacity'
  if (!/^\d{4}-\d{2}-\d{2}$/.test(o.validUntil)) p.validUntil = 'desk.services.needValidUntil'
  return p
}

/** What a new model worker's archive still lacks, per field (the server's paths: honours[i].title…). */
export function modelWorkerProblems(f: { name: string; idNumber: string; deeds: string; serviceType: string;
  honours: { title: string; level: string; year: number | null }[] }): Record<string, string> {
  const p: Record<string, string> = {}
  if (!f.name.trim()) p.name = 'desk.modelWorkers.needName'
  if (!/^\d{17}[\dXx]$/.test(f.idNumber.trim())) p.idNumber = 'checks.onBehalf.needId'
  if (!f.honours.length) p['honours[0].title'] = 'desk.modelWorkers.needHonour'
  f.honours.forEach((h, i) => {
    if (!h.title.trim()) p[`honours[${i}].title`] = 'desk.modelWorkers.needHonour'
    if (!h.level) p[`honours[${i}].level`] = 'desk.modelWorkers.needLevel'
    if (!h.year || h.year < 1950 || h.year > 2100) p[`honours[${i}].year`] = 'desk.modelWorkers.needYear'
  })
  if (!f.deeds.trim()) p.deeds = 'desk.modelWorkers.needDeeds'
  if (!f.serviceType) p.serviceType = 'desk.modelWorkers.needServiceType'
  return p
}

/** What the unit's reception days (劳模接待日) still lack, per field; the hours end after they start. */
export function receptionProblems(f: { weekday: string; startsAt: string; endsAt: string; place: string; hostZh: string; hostEn: string }): Record<string, string> {
  const p: Record<string, string> = {}
  if (!f.weekday) p.weekday = 'desk.board.needWeekday'
  if (!/^\d{2}:\d{2}$/.test(f.startsAt)) p.startsAt = 'desk.board.needTime'
  if (!/^\d{2}:\d{2}$/.test(f.endsAt)) p.endsAt = 'desk.board.needTime'
  else if (f.startsAt && f.endsAt <= f.startsAt) p.endsAt = 'desk.board.endAfterStart'
  if (!f.place.trim()) p.place = 'desk.board.needPlace'
  if (!f.hostZh.trim()) p.hostZh = 'desk.board.needHost'
  if (!f.hostEn.trim()) p.hostEn = 'desk.board.needHost'
  return p
}

/** What a job fair (招聘会) still lacks; it is held today or later (dates as YYYY-MM-DD in China time). */
export function fairProblems(f: { title: string; heldOn: string; venue: string }, today: string): Record<string, string> {
  const p: Record<string, string> = {}
  if (!f.title.trim()) p.title = 'desk.fairs.needTitle'
  if (!/^\d{4}-\d{2}-\d{2}$/.test(f.heldOn)) p.heldOn = 'desk.fairs.needDate'
  else if (f.heldOn < today) p.heldOn = 'desk.fairs.past'
  if (!f.venue.trim()) p.venue = 'desk.fairs.needVenue'
  return p
}

/** A roster entry's skills as typed (separated by 、，, or spaces): trimmed, each once. */
export function skillList(text: string): string[] {
  return [...new Set(text.split(/[、，,\s]+/).map((x) => x.trim()).filter(Boolean))]
}

/** What a roster entry (志愿者名册) still lacks; a new one needs its unit and a mobile number, a change keeps the phone when left empty. */
export function volunteerProblems(f: { unitId: string; name: string; phone: string; skills: string }, isNew: boolean): Record<string, string> {
  const p: Record<string, string> = {}
  if (isNew && !f.unitId) p.unitId = 'desk.funds.needUnit'
  if (!f.name.trim()) p.name = 'desk.volunteers.needName'
  const phone = f.phone.trim()
  if ((isNew || phone) && !/^1[3-9]\d{9}$/.test(phone)) p.phone = 'desk.volunteers.badPhone'
  const skills = skillList(f.skills)
  if (skills.length > 10 || skills.some((x) => x.length > 30)) p.skills = 'desk.volunteers.tooManySkills'
  return p
}
