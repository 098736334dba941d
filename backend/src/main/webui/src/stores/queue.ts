import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { api, ok, type Schemas } from '../api/client'

export type QueueKind = 'START' | 'VERIFY' | 'ANSWERS' | 'WISH' | 'DISBURSEMENT' | 'FUND_TRANSFER' | 'AID_LIST' | 'SERVICE'

/** Every kind, in the order the queue's filter buttons show them. */
export const QUEUE_KINDS: QueueKind[] = ['START', 'VERIFY', 'ANSWERS', 'WISH', 'DISBURSEMENT', 'FUND_TRANSFER', 'AID_LIST', 'SERVICE']

/** One line of 待我处理: what it is, where it is, since when it waits, where to handle it. */
export interface QueueItem {
  key: string
  kind: QueueKind
  id: string
  subject: string
  district: string
  since: string | null
  /** the console route that handles it */
  link: string | null
  /** false for a disbursement the staff member recorded (another must approve it) */
  actionable: boolean
  count?: number
  category?: string
  /** a fund transfer's or aid list's fund, a transfer's target fund, and the amount (fen) */
  fundName?: string
  toFundName?: string | null
  amountFen?: number
}

export interface QueueSources {
  households: Schemas['HouseholdSummary'][]
  wishes: Schemas['WishView'][]
  disbursements: Schemas['PendingDisbursement'][]
  unmet: Schemas['UnmetDemand'][]
  /** fund transfers and aid lists waiting for a second staff member; the server leaves out the caller's own */
  approvals?: Schemas['AwaitingApproval'][]
}

const HOUSEHOLD_KIND: Partial<Record<string, QueueKind>> = {
  SUBMITTED: 'START', UNDER_VERIFICATION: 'VERIFY', NEEDS_INFO: 'ANSWERS',
}

/** Builds the queue from the API's answers, the longest waiting first (no age last). */
export function buildQueue(s: QueueSources): QueueItem[] {
  const items: QueueItem[] = []
  for (const h of s.households) {
    const kind = HOUSEHOLD_KIND[h.status ?? '']
    if (!kind || !h.id) continue
    items.push({ key: `h:${h.id}`, kind, id: h.id, subject: h.headName ?? '', district: h.district ?? '',
      since: h.updatedAt ?? h.createdAt ?? null, link: `/households/${h.id}`, actionable: true })
  }
  for (const w of s.wishes) {
    if (!w.id) continue
    items.push({ key: `w:${w.id}`, kind: 'WISH', id: w.id, subject: w.title ?? '', district: w.district ?? '',
      since: w.updatedAt ?? w.createdAt ?? null, link: `/wishes/${w.id}`, actionable: true })
  }
  for (const p of s.disbursements) {
    const d = p.disbursement
    if (!d?.id) continue
    items.push({ key: `d:${d.id}`, kind: 'DISBURSEMENT', id: d.id, subject: p.wishTitle ?? '', district: '',
      since: d.createdAt ?? null, link: d.wishId ? `/wishes/${d.wishId}` : null, actionable: !p.mine })
  }
  for (const a of s.approvals ?? []) {
    if (!a.id || !a.kind) continue
    const transfer = a.kind === 'FUND_TRANSFER'
    // a transfer is decided in the pending transfers card of the union-aid page, a list on its own page
    items.push({ key: `${transfer ? 't' : 'l'}:${a.id}`, kind: a.kind, id: a.id, subject: a.title ?? '', district: '',
      since: a.since ?? null, link: transfer ? '/union-aid' : `/union-aid/lists/${a.id}`, actionable: true,
      fundName: a.fundName ?? '', toFundName: a.toFundName ?? null, amountFen: a.amountFen ?? 0 })
  }
  for (const u of s.unmet) {
    items.push({ key: `s:${u.category}:${u.district}`, kind: 'SERVICE', id: `${u.category}:${u.district}`,
      subject: u.category ?? '', district: u.district ?? '', since: null, link: null, actionable: true,
      count: u.waiting ?? 0, category: u.category })
  }
  return items.sort((a, b) => {
    if (a.since === b.since) return a.key.localeCompare(b.key)
    if (a.since === null) return 1
    if (b.since === null) return -1
    return Date.parse(a.since) - Date.parse(b.since)
  })
}

/** Counts per kind (a service line counts its waiting orders); only what the staff member can act on. */
export function countByKind(items: QueueItem[]): Record<QueueKind, number> {
  const counts = Object.fromEntries(QUEUE_KINDS.map((k) => [k, 0])) as Record<QueueKind, number>
  for (const i of items) if (i.actionable) counts[i.kind] += i.count ?? 1
  return counts
}

async function allHouseholds(status: 'SUBMITTED' | 'UNDER_VERIFICATION' | 'NEEDS_INFO') {
  const out: Schemas['HouseholdSummary'][] = []
  let cursor: string | undefined
  for (let page = 0; page < 10; page++) {
    const p = await ok(api.GET('/api/v1/households', { params: { query: { status, limit: 200, cursor } } }))
    out.push(...(p.items ?? []))
    cursor = p.nextCursor ?? undefined
    if (!cursor) break
  }
  return out
}

export const POLL_MS = 30_000

/** 待我处理, refreshed every 30 s while signed in (and after every action). */
export const useQueueStore = defineStore('queue', () => {
  const items = ref<QueueItem[]>([])
  const loading = ref(false)
  const error = ref<string | null>(null)
  const loadedAt = ref<number | null>(null)
  let timer: ReturnType<typeof setInterval> | null = null

  const counts = computed(() => countByKind(items.value))
  const total = computed(() => Object.values(counts.value).reduce((a, b) => a + b, 0))

  async function refresh(): Promise<void> {
    loading.value = true
    try {
      const [submitted, verifying, needsInfo, wishes, disbursements, unmet, approvals] = await Promise.all([
        allHouseholds('SUBMITTED'), allHouseholds('UNDER_VERIFICATION'), allHouseholds('NEEDS_INFO'),
        ok(api.GET('/api/v1/wishes', { params: { query: { status: 'SUBMITTED', limit: 200 } } })),
        ok(api.GET('/api/v1/disbursements/pending')),
        ok(api.GET('/api/v1/services/unmet-demand')),
        ok(api.GET('/api/v1/union-aid/awaiting-approval')),
      ])
      items.value = buildQueue({ households: [...submitted, ...verifying, ...needsInfo], wishes, disbursements, unmet, approvals })
      error.value = null
      loadedAt.value = Date.now()
    } catch (e) {
      error.value = e instanceof Error ? e.message : String(e)
    } finally {
      loading.value = false
    }
  }

  function startPolling(): void {
    if (timer) return
    void refresh()
    timer = setInterval(() => void refresh(), POLL_MS)
  }

  function stopPolling(): void {
    if (timer) clearInterval(timer)
    timer = null
  }

  return { items, loading, error, loadedAt, counts, total, refresh, startPolling, stopPolling }
})
