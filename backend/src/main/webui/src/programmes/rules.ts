import type { paths } from '../api/schema'
import type { Schemas } from '../api/client'
import { toFen } from '../util/format'

/** What GET `P` answers with 200 (reached through the paths: SmallRye numbers colliding schema names). */
export type Got<P extends keyof paths> = paths[P] extends { get: { responses: { 200: { content: { 'application/json': infer T } } } } } ? T : never

export type Plan = Got<'/api/v1/followup/households/{householdId}/plan'>
export type Measure = NonNullable<Plan['measures']>[number]
export type MeasureStatus = NonNullable<Measure['status']>
export type MeasureAction = Schemas['TransitionRequest']['action']
export type ContactKind = Schemas['HelpContactRequest']['kind']
export type Tasks = Got<'/api/v1/followup/my-tasks'>
export type AidList = Got<'/api/v1/union-aid/lists/{listId}'>
export type AidLine = NonNullable<AidList['lines']>[number]
export type AidListStatus = NonNullable<AidList['status']>
export type Course = Got<'/api/v1/training/courses'>[number]
export type Enrolment = Got<'/api/v1/training/courses/{courseId}/enrolments'>[number]
export type ModelWorkerLog = Got<'/api/v1/model-workers/{id}/contacts'>

// ---- 帮扶计划: the measure lifecycle as the server has it (MeasureLifecycle)

const MEASURE_MOVES: Record<MeasureStatus, MeasureAction[]> = {
  PLANNED: ['START', 'COMPLETE', 'DROP'],
  IN_PROGRESS: ['COMPLETE', 'DROP'],
  DROPPED: ['REOPEN'],
  DONE: [],
}

/** The buttons a measure shows: only the moves the server allows from its state. */
export function measureActions(status: MeasureStatus | undefined): MeasureAction[] {
  return status ? MEASURE_MOVES[status] : []
}

/** Completing or dropping a measure is recorded with its result (the server requires it). */
export function needsResult(action: MeasureAction): boolean {
  return action === 'COMPLETE' || action === 'DROP'
}

// ---- 联系记录: the contact form

export interface ContactForm {
  kind: ContactKind
  contactedOn: string
  summary: string
  nextStep: string
  planReview: string
}

export function emptyContact(today: string): ContactForm {
  return { kind: 'PHONE', contactedOn: today, summary: '', nextStep: '', planReview: '' }
}

/** What is still missing (i18n keys under prog.problems); a visit reviews the plan when there is one. */
export function contactProblems(f: ContactForm, today: string, hasPlan: boolean): string[] {
  const out: string[] = []
  if (!f.summary.trim()) out.push('summary')
  if (!f.contactedOn || f.contactedOn > today) out.push('contactedOn')
  if (f.kind === 'VISIT' && hasPlan && !f.planReview.trim()) out.push('planReview')
  return out
}

export function contactRequest(f: ContactForm): Schemas['HelpContactRequest'] {
  const opt = (s: string) => (s.trim() ? s.trim() : undefined)
  return { kind: f.kind, contactedOn: f.contactedOn, summary: f.summary.trim(), nextStep: opt(f.nextStep),
    planReview: f.kind === 'VISIT' ? opt(f.planReview) : undefined }
}

// ---- 待办: the helper's due list, one table

export interface DueRow {
  kind: 'CONTACT' | 'VISIT_TASK' | 'MEASURE'
  householdId: string
  due: string
  overdue: boolean
  /** The visit task's label (in the staff member's language) or the measure's kind. */
  what: string
  daysOverdue?: number
}

/** Overdue contacts, visit tasks and open measures in one list, most overdue first. */
export function dueRows(t: Tasks, lang: string): DueRow[] {
  const today = t.today ?? ''
  const rows: DueRow[] = [
    ...(t.overdueContacts ?? []).map((c): DueRow => ({ kind: 'CONTACT', householdId: c.householdId ?? '', due: c.due ?? '', overdue: true,
      what: '', daysOverdue: c.daysOverdue })),
    ...(t.visitTasks ?? []).map((v): DueRow => ({ kind: 'VISIT_TASK', householdId: v.householdId ?? '', due: v.dueOn ?? '',
      overdue: !!v.dueOn && v.dueOn < today, what: (lang === 'en' ? v.labelEn : v.labelZh) ?? v.reason ?? '' })),
    ...(t.measures ?? []).map((m): DueRow => ({ kind: 'MEASURE', householdId: m.householdId ?? '', due: m.dueOn ?? '', overdue: !!m.overdue, what: m.kind ?? '' })),
  ]
  return rows.sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.due.localeCompare(b.due))
}

/** "3 / 4 (75%)", or a dash when there is nothing to count. */
export function share(part: number | undefined, whole: number | undefined): string {
  if (!whole) return '—'
  return `${part ?? 0} / ${whole} (${Math.round(((part ?? 0) * 100) / whole)}%)`
}

/** The current plan year and quarter in China time (`now` passed in: tests fix it). */
export function chinaQuarter(now: number): { year: number; quarter: number } {
  const d = new Date(now + 8 * 3600_000)
  return { year: d.getUTCFullYear(), quarter: Math.floor(d.getUTCMonth() / 3) + 1 }
}

// ---- 工会帮扶资金: aid lists, maker-checker

export type AidListAction = 'submit' | 'cancel' | 'approve' | 'reject' | 'pay' | 'edit'

/**
 * What the signed-in staff member may do with a list: the preparer edits and submits a draft;
 * another staff member approves or sends back (一人编制、另一人审批); an approved list is paid.
 */
export function aidListActions(list: Pick<AidList, 'status' | 'preparedBy'>, me: string | undefined): AidListAction[] {
  const mine = !!me && list.preparedBy === me
  switch (list.status) {
    case 'DRAFT': return ['edit', 'submit', 'cancel']
    case 'SUBMITTED': return mine ? ['cancel'] : ['approve', 'reject', 'cancel']
    case 'APPROVED': return ['pay']
    default: return []
  }
}

/** Whether the preparer is looking at their own submitted list (the page explains why there is no approve button). */
export function ownSubmitted(list: Pick<AidList, 'status' | 'preparedBy'>, me: string | undefined): boolean {
  return list.status === 'SUBMITTED' && !!me && list.preparedBy === me
}

export interface LineForm {
  householdId: string
  amount: string
  goods: string
}

export function lineProblems(f: LineForm): string[] {
  const out: string[] = []
  if (!f.householdId) out.push('household')
  if (!toFen(f.amount)) out.push('amount')
  return out
}

export function lineRequest(f: LineForm): { amountFen: number; goods?: string } {
  return { amountFen: toFen(f.amount) ?? 0, goods: f.goods.trim() || undefined }
}

/** Funds a list of this purpose may draw on (专款专用: the purposes must match). */
export function fundsFor<F extends { purpose?: string }>(funds: F[], purpose: string | undefined): F[] {
  return purpose ? funds.filter((f) => f.purpose === purpose) : []
}

// ---- 技能培训

/** "12 / 30", with the places left, or just the count when the course has no cap. */
export function places(c: Pick<Course, 'enrolled' | 'capacity'>): string {
  return c.capacity ? `${c.enrolled ?? 0} / ${c.capacity}` : String(c.enrolled ?? 0)
}

export function isFull(c: Pick<Course, 'enrolled' | 'capacity'>): boolean {
  return !!c.capacity && (c.enrolled ?? 0) >= c.capacity
}

export interface CourseForm {
  title: string
  skill: Schemas['CourseRequest']['skill'] | ''
  level: number
  provider: string
  startsOn: string
  endsOn: string
  capacity: number
  certificateName: string
}

/** A new course: starts in a week, runs a month (China dates; `now` passed in). */
export function emptyCourse(now: number): CourseForm {
  const day = (n: number) => new Date(now + 8 * 3600_000 + n * 86400_000).toISOString().slice(0, 10)
  return { title: '', skill: '', level: 1, provider: '', startsOn: day(7), endsOn: day(37), capacity: 30, certificateName: '' }
}

export function courseProblems(f: CourseForm): string[] {
  const out: string[] = []
  if (!f.title.trim() || !f.provider.trim() || !f.certificateName.trim()) out.push('title')
  if (!f.skill) out.push('skill')
  if (!f.startsOn || !f.endsOn || f.endsOn < f.startsOn) out.push('dates')
  return out
}

/** The API's CourseRequest (call once courseProblems is empty). */
export function courseRequest(f: CourseForm, unitId: string): Schemas['CourseRequest'] {
  return { unitId, title: f.title.trim(), skill: f.skill as Schemas['CourseRequest']['skill'], level: f.level, provider: f.provider.trim(),
    startsOn: f.startsOn, endsOn: f.endsOn, capacity: f.capacity, certificateName: f.certificateName.trim() }
}

// ---- 劳模: the archive is audited on read; the page still shows identifiers masked (not needed for a visit)

/** 520102********311X: the region and the last four kept. */
export function maskId(id: string | undefined | null): string {
  if (!id) return ''
  return id.length <= 10 ? '*'.repeat(id.length) : `${id.slice(0, 6)}${'*'.repeat(id.length - 10)}${id.slice(-4)}`
}

/** 139****0001 */
export function maskPhone(phone: string | undefined | null): string {
  if (!phone) return ''
  return phone.length < 7 ? '*'.repeat(phone.length) : `${phone.slice(0, 3)}${'*'.repeat(phone.length - 7)}${phone.slice(-4)}`
}

// ---- 职工医疗互助: claim review (审核) and approval (审批), never by the same person

export type Claim = Got<'/api/v1/mutual-aid/claims/{id}'>
export type ClaimAction = 'review' | 'approve'

/**
 * What the staff member may do with a claim, or why not: a submitted claim is reviewed; a reviewed
 * one is approved by someone other than its reviewer; above the threshold a third person approves
 * too (ClaimService). `blocked` names the rule that keeps this staff member from acting.
 */
export function claimAction(c: Pick<Claim, 'status' | 'reviewedBy' | 'approvedBy'>, me: string | undefined): { action?: ClaimAction; blocked?: 'reviewer' | 'approver' } {
  if (c.status === 'SUBMITTED') return { action: 'review' }
  if (c.status === 'REVIEWED' || c.status === 'AWAITING_SECOND_APPROVAL') {
    if (me && c.reviewedBy === me) return { blocked: 'reviewer' }
    if (me && c.approvedBy === me) return { blocked: 'approver' }
    return { action: 'approve' }
  }
  return {}
}

/** A payout ratio given in permille (‰) as a percentage with one decimal, or a dash. */
export function permille(p: number | undefined | null): string {
  return p === undefined || p === null ? '—' : `${(p / 10).toFixed(1)}%`
}

/** 自选计划: an optional plan of a mutual-aid plan's rules. */
export type PlanOption = { code?: string; name?: string; feeFen?: number; amountFen?: number }

/**
 * The optional plans a member chose, by name in the plan's own order and joined with the list mark;
 * a code the plan's rules do not name (an option dropped since) is shown as its code, last.
 */
export function optionNames(codes: readonly string[] | undefined | null, options: readonly PlanOption[] | undefined | null, sep = '、'): string {
  const chosen = new Set(codes ?? [])
  const known = (options ?? []).filter((o) => o.code && chosen.has(o.code))
  const unknown = [...chosen].filter((c) => !known.some((o) => o.code === c)).sort()
  return [...known.map((o) => o.name || o.code), ...unknown].join(sep)
}

/** What the optional plans of a plan cost a member who chooses them all (fen). */
export function optionsTotalFee(options: readonly PlanOption[] | undefined | null): number {
  return (options ?? []).reduce((sum, o) => sum + (o.feeFen ?? 0), 0)
}

/**
 * The tag style of a state: paid out (已发放, a claim's 已赔付) is done and good, so green (success). The theme's primary
 * colour is 工会红, the colour of refusals, so a paid-out tag without a type read as an error; other states keep theirs.
 */
export function stateTag(status?: string | null): 'success' | undefined {
  return status === 'PAID' ? 'success' : undefined
}
