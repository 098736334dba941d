import type { Schemas } from '../api/client'

type Entry = Schemas['HistoryEntry']

/**
 * A piece of a history line's detail: an i18n key (a code the console has words for), free text a person
 * typed (a question, a reason), or a link to another file (the other file of a duplicate pair).
 */
export type DetailPart = { key: string } | { text: string } | { file: string }

export interface HistoryLine {
  /** i18n key of what happened; an action the console has no words for shows as the generic "other". */
  key: string
  who: 'staff' | 'worker' | 'admin' | 'system'
  name?: string
  detail: DetailPart[]
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi
const CODE = /^[A-Z][A-Z0-9_]*$/
const CJK = /[\u3400-\u9fff]/

/** An audit action as an i18n key segment: `followup.helper.assign` → `FOLLOWUP_HELPER_ASSIGN`. */
export function actionKey(action: string | undefined): string {
  return (action ?? '').replace(/[.\-\s]+/g, '_').toUpperCase()
}

/** A code as the key of its label, when the console has one; otherwise nothing (never the raw code). */
function coded(prefix: string, code: string | undefined, known: (key: string) => boolean): DetailPart[] {
  if (!code || !CODE.test(code)) return []
  const key = `${prefix}.${code}`
  return known(key) ? [{ key }] : []
}

/** Free text people typed, kept; the machine's own notes (codes, identifiers, English field lists) dropped. */
function typed(text: string | undefined): DetailPart[] {
  const t = (text ?? '').replace(UUID, '').trim()
  return t && CJK.test(t) ? [{ text: t }] : t && !/^[A-Za-z0-9_ ,./:()-]*$/.test(t) ? [{ text: t }] : []
}

/** A reason or a note a person typed, whatever its language; identifiers dropped. */
function free(text: string | undefined): DetailPart[] {
  const t = (text ?? '').replace(UUID, '').trim()
  return t ? [{ text: t }] : []
}

/** What the audit log's detail says, in words: each action writes its own shape (see the services). */
export function historyDetail(action: string, detail: string | undefined, known: (key: string) => boolean): DetailPart[] {
  const d = (detail ?? '').trim()
  if (!d) return []
  switch (action) {
    case 'HOUSEHOLD_APPROVED': {
      // "DIBAO_MARGINAL/HARDSHIP": the category and severity the file was approved with
      const [category, severity] = d.split('/')
      return [...coded('enums.HouseholdCategory', category, known), ...coded('enums.Severity', severity, known)]
    }
    case 'HOUSEHOLD_RECHECKED':
      return coded('checks.results', d, known)
    case 'HOUSEHOLD_EXITED':
      return coded('desk.exitReasons', d, known)
    case 'HOUSEHOLD_APPEAL_DECIDED':
      return coded('desk.appeals.outcomes', d, known)
    case 'HOUSEHOLD_APPEALED':
      return d.startsWith('代为申诉') ? [{ key: 'desk.history.appealOnBehalf' }] : []
    case 'DUPLICATE_DECIDED': {
      // "SAME_PHONE NOT_DUPLICATE with <other file>"
      const m = /^([A-Z_]+) ([A-Z_]+) with ([0-9a-f-]{36})$/i.exec(d)
      if (!m) return []
      return [...coded('checks.duplicates.reasons', m[1], known), ...coded('checks.duplicates.status', m[2], known), { file: m[3] }]
    }
    case 'ACCOUNTABILITY_RECORDED':
      return coded('desk.accountability.roles', d.split(' ')[0], known)
    case 'PERSONAL_DATA_READ':
      return d.split(/,\s*/).filter((f) => /^[a-z]\w*$/.test(f) && known(`desk.history.fields.${f}`)).map((f) => ({ key: `desk.history.fields.${f}` }))
    case 'HOUSEHOLD_MEASURE_OUTCOME': {
      // "生活救助 Living aid · ACHIEVED: reason"
      const m = /^(.*) · ([A-Z_]+): ([\s\S]*)$/.exec(d)
      if (!m) return typed(d)
      return [...typed(m[1].replace(/ [A-Za-z ]+$/, '')), ...coded('desk.measureOutcomes', m[2], known), ...free(m[3])]
    }
    case 'HOUSEHOLD_PLAN_CLOSED': {
      const m = /^([A-Z_]+)(?:: ([\s\S]*))?$/.exec(d)
      return m ? [...coded('desk.measureOutcomes', m[1], known), ...free(m[2])] : typed(d)
    }
    case 'HOUSEHOLD_QUESTION_ASKED':
    case 'HOUSEHOLD_REJECTED':
    case 'HOUSEHOLD_REOPENED':
    case 'HOUSEHOLD_RESTORED_ON_APPEAL':
      return free(d)
    default:
      return typed(d)
  }
}

/** One line of a file's history (档案履历) as the timeline shows it: what happened, who did it, and in words why. */
export function historyLine(e: Entry, known: (key: string) => boolean): HistoryLine {
  const action = actionKey(e.action)
  const specific = e.onBehalf ? 'history.actions.HOUSEHOLD_CREATED_ON_BEHALF' : `history.actions.${action}`
  const key = known(specific) ? specific : 'history.actions.OTHER'
  const role = e.actorRole === 'staff' || e.actorRole === 'worker' || e.actorRole === 'admin' ? e.actorRole : 'system'
  return { key, who: role, name: e.actorName, detail: historyDetail(action, e.detail, known) }
}

/** The household's help so far, in fen: donors' money that arrived and what the union handed over. */
export function helpTotals(wishes: Schemas['HouseholdWish'][]): { count: number; paidFen: number; disbursedFen: number } {
  const totals = { count: 0, paidFen: 0, disbursedFen: 0 }
  for (const w of wishes) {
    totals.count += 1
    totals.paidFen += w.paidFen ?? 0
    totals.disbursedFen += w.disbursedFen ?? 0
  }
  return totals
}
