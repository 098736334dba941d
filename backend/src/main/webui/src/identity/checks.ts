/**
 * Identification work in the console (身份核查): duplicate files (疑似重复建档), evidence documents
 * (证明材料), re-checks (复核) and spot checks (抽查), recovery of aid (追回) and the file staff
 * enter for a worker without a smartphone (代录建档). Plain rules the screens use before they ask
 * the server, which checks everything again; each answer is an i18n key under `checks.` or null.
 */
import type { Schemas } from '../api/client'
import { toFen } from '../util/format'

/** What EvidenceResource accepts (it judges by content too) and its limit (weiyuan.documents.max-bytes). */
export const DOCUMENT_TYPES = ['image/jpeg', 'image/png', 'application/pdf'] as const
export const MAX_DOCUMENT_BYTES = 1_000_000

export function documentFileProblem(file: { type: string; size: number }): string | null {
  if (!(DOCUMENT_TYPES as readonly string[]).includes(file.type)) return 'checks.documents.wrongType'
  if (file.size <= 0) return 'checks.documents.empty'
  if (file.size > MAX_DOCUMENT_BYTES) return 'checks.documents.tooLarge'
  return null
}

export type RecheckResult = Schemas['RecheckRequest']['result']
export type Category = NonNullable<Schemas['RecheckRequest']['category']>
export type Level = NonNullable<Schemas['RecheckRequest']['severity']>

export interface RecheckForm {
  result: RecheckResult | ''
  visitedOn: string
  finding: string
  commitmentSigned: boolean
  category: Category | ''
  severity: Level | ''
}

/** RecheckRules on the client: what is missing or contradictory before the form may be sent. */
export function recheckProblem(f: RecheckForm, current: { category?: Category; severity?: Level }): string | null {
  if (!f.result) return 'checks.recheck.needResult'
  if (!/^\d{4}-\d{2}-\d{2}$/.test(f.visitedOn)) return 'checks.recheck.needDate'
  if (!f.finding.trim()) return 'checks.recheck.needFinding'
  if (!f.commitmentSigned) return 'checks.recheck.needCommitment'
  if (f.result === 'CORRECTED') {
    if (!f.category || !f.severity) return 'checks.recheck.needCorrection'
    if (f.category === 'NOT_ELIGIBLE' || f.severity === 'NONE') return 'checks.recheck.correctionIneligible'
    if (f.category === current.category && f.severity === current.severity) return 'checks.recheck.correctionSame'
  }
  return null
}

/** The request body: a correction's category and severity only with a correction. */
export function recheckRequest(f: RecheckForm): Schemas['RecheckRequest'] {
  const corrected = f.result === 'CORRECTED'
  return {
    result: f.result as RecheckResult,
    visitedOn: f.visitedOn,
    finding: f.finding.trim(),
    commitmentSigned: f.commitmentSigned,
    category: corrected ? (f.category as Category) : undefined,
    severity: corrected ? (f.severity as Level) : undefined,
  }
}

/** Days from `today` to a re-check's due date (negative: overdue); dates as YYYY-MM-DD in China time. */
export function daysUntil(dueOn: string | undefined, today: string): number | null {
  if (!dueOn) return null
  return Math.round((Date.parse(`${dueOn}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000)
}

/** Today in China time, as the server's business dates are. */
export function chinaToday(now: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(now))
}

export interface SpotCheckForm {
  method: 'SHARE' | 'CONFIDENCE'
  sharePct: number | null
  confidencePct: number | null
  marginPct: number | null
}

/** The draw request: exactly one method, as SpotCheckService demands. */
export function spotCheckRequest(unitId: string, f: SpotCheckForm): Schemas['SpotCheckRequest'] {
  return f.method === 'SHARE'
    ? { unitId, sharePct: f.sharePct ?? undefined }
    : { unitId, confidencePct: f.confidencePct ?? undefined, marginPct: f.marginPct ?? undefined }
}

export function spotCheckProblem(f: SpotCheckForm): string | null {
  if (f.method === 'SHARE') return f.sharePct && f.sharePct > 0 && f.sharePct <= 100 ? null : 'checks.spot.needShare'
  if (!f.confidencePct || ![80, 90, 95, 98, 99].includes(f.confidencePct)) return 'checks.spot.needConfidence'
  return f.marginPct && f.marginPct > 0 && f.marginPct <= 50 ? null : 'checks.spot.needMargin'
}

/** A money amount typed as yuan for a recovery or an instalment, within what may still be asked. */
export function amountProblem(text: string, maxFen: number | null): string | null {
  const fen = toFen(text)
  if (fen === null || fen <= 0) return 'checks.recovery.needAmount'
  if (maxFen !== null && fen > maxFen) return 'checks.recovery.tooMuch'
  return null
}

export interface MemberForm {
  relation: Schemas['MemberRequest']['relation']
  name: string
  birthYear: number | null
  schooling: Schemas['MemberRequest']['schooling']
  healthStatus: Schemas['MemberRequest']['healthStatus']
  workStatus: Schemas['MemberRequest']['workStatus']
  income: string
  idNumber: string
}

export interface OnBehalfForm {
  unitId: string
  headName: string
  idNumber: string
  phone: string
  district: string
  addressDetail: string
  housing: Schemas['HouseholdRequest']['housing'] | ''
  causes: Schemas['HardshipCause'][]
  causeNote: string
  otherIncome: string
  members: MemberForm[]
}

/** A new member line; the first is the head (本人). */
export function newMember(relation: MemberForm['relation'] = 'SELF'): MemberForm {
  return { relation, name: '', birthYear: null, schooling: 'GRADUATED', healthStatus: 'HEALTHY', workStatus: 'EMPLOYED', income: '0', idNumber: '' }
}

/** The first thing missing in a file filed on a worker's behalf, or null when it can be sent. */
export function onBehalfProblem(f: OnBehalfForm): string | null {
  return Object.values(onBehalfProblems(f))[0] ?? null
}

/**
 * Every problem of the form, per field (the field paths the server's problem+json uses, with the form's own
 * names for amounts typed in yuan), so that each shows at its field; empty when the form can be sent.
 */
export function onBehalfProblems(f: OnBehalfForm): Record<string, string> {
  const p: Record<string, string> = {}
  if (!f.unitId) p.unitId = 'checks.onBehalf.needUnit'
  if (!f.headName.trim()) p.headName = 'checks.onBehalf.needHead'
  if (!/^\d{17}[\dXx]$/.test(f.idNumber.trim())) p.idNumber = 'checks.onBehalf.needId'
  if (f.phone.trim() && !/^1[3-9]\d{9}$/.test(f.phone.trim())) p.phone = 'checks.onBehalf.badPhone'
  if (!f.district.trim()) p.district = 'checks.onBehalf.needDistrict'
  if (!f.housing) p.housing = 'checks.onBehalf.needHousing'
  if (!f.causes.length) p.causes = 'checks.onBehalf.needCause'
  if (toFen(f.otherIncome) === null) p.otherIncome = 'checks.onBehalf.badIncome'
  if (!f.members.length || f.members[0].relation !== 'SELF') p['members[0].relation'] = 'checks.onBehalf.needSelf'
  for (const [i, m] of f.members.entries()) {
    if (!m.name.trim() && i > 0) p[`members[${i}].name`] = 'checks.onBehalf.needMemberName'
    if (!m.birthYear || m.birthYear < 1900 || m.birthYear > 2100) p[`members[${i}].birthYear`] = 'checks.onBehalf.needBirthYear'
    if (toFen(m.income) === null) p[`members[${i}].income`] = 'checks.onBehalf.badIncome'
  }
  return p
}

/** The server's field errors (problem+json `errors`) keyed by the form's field names: fen fields are typed in yuan. */
export function formFieldErrors(errors: { field?: string; message?: string }[] | undefined): Record<string, string> {
  const out: Record<string, string> = {}
  for (const e of errors ?? []) {
    if (!e.field) continue
    const field = e.field.replace(/^otherMonthlyIncomeFen$/, 'otherIncome').replace(/\.monthlyIncomeFen$/, '.income')
    out[field] ??= e.message ?? ''
  }
  return out
}

/** The HouseholdRequest: yuan to fen, blanks left out; the 本人 line is named after the head unless typed. */
export function onBehalfRequest(f: OnBehalfForm): Schemas['HouseholdRequest'] {
  const blank = (s: string) => (s.trim() ? s.trim() : undefined)
  return {
    unitId: f.unitId,
    headName: f.headName.trim(),
    idNumber: f.idNumber.trim().toUpperCase(),
    phone: blank(f.phone),
    district: f.district.trim(),
    addressDetail: blank(f.addressDetail),
    housing: f.housing as Schemas['HouseholdRequest']['housing'],
    causes: [...f.causes],
    causeNote: blank(f.causeNote),
    otherMonthlyIncomeFen: toFen(f.otherIncome) ?? 0,
    members: f.members.map((m, i) => ({
      relation: m.relation,
      name: m.name.trim() || (i === 0 ? f.headName.trim() : ''),
      birthYear: m.birthYear ?? 0,
      schooling: m.schooling,
      healthStatus: m.healthStatus,
      workStatus: m.workStatus,
      monthlyIncomeFen: toFen(m.income) ?? 0,
      idNumber: blank(m.idNumber)?.toUpperCase(),
    })),
  }
}

/** Duplicate candidates: the open ones first (they block work), then the newest decisions. */
export function duplicatesInOrder(rows: Schemas['DuplicateCandidateView'][]): Schemas['DuplicateCandidateView'][] {
  const open = (r: Schemas['DuplicateCandidateView']) => (r.status === 'OPEN' ? 0 : 1)
  return [...rows].sort((a, b) => open(a) - open(b) || String(a.createdAt ?? '').localeCompare(String(b.createdAt ?? '')))
}
