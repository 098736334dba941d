import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'

// The API answers the store reads, by path and query; anything else is a test failure.
const answers: Record<string, unknown> = {
  '/api/v1/households?status=SUBMITTED&limit=200': { items: [{ id: 'h1', status: 'SUBMITTED', headName: '吴*', district: '南明区', updatedAt: '2026-03-05T00:00:00Z' }] },
  '/api/v1/households?status=UNDER_VERIFICATION&limit=200': { items: [], nextCursor: null },
  '/api/v1/households?status=NEEDS_INFO&limit=200': { items: [] },
  '/api/v1/wishes?status=SUBMITTED&limit=200': [{ id: 'w1', title: '书桌', district: '南明区', updatedAt: '2026-03-01T00:00:00Z' }],
  '/api/v1/disbursements/pending': [{ wishTitle: '轮椅', mine: true, disbursement: { id: 'd1', wishId: 'w9', createdAt: '2026-03-02T00:00:00Z' } }],
  '/api/v1/services/unmet-demand': [],
  '/api/v1/union-aid/awaiting-approval': [{ kind: 'AID_LIST', id: 'l1', title: '春节送温暖', fundName: '两节资金', amountFen: 30000, since: '2026-03-03T00:00:00Z' }],
}
const seen: Request[] = []

beforeEach(() => {
  seen.length = 0
  vi.stubGlobal('fetch', async (input: Request) => {
    seen.push(input)
    const url = new URL(input.url)
    const body = answers[url.pathname + url.search]
    if (body === undefined) return new Response(JSON.stringify({ detail: `unexpected ${url}` }), { status: 500 })
    return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } })
  })
  setActivePinia(createPinia())
})

describe('the queue store', () => {
  it("reads every source with the staff member's token and counts what they can act on", async () => {
    vi.resetModules()
    const { useTokenSource } = await import('../api/client')
    const { useQueueStore } = await import('../stores/queue')
    useTokenSource(async () => 'token-of-liu.yang')
    const queue = useQueueStore()
    await queue.refresh()
    expect(queue.error).toBeNull()
    expect(queue.items.map((i) => i.key)).toEqual(['w:w1', 'd:d1', 'l:l1', 'h:h1'])
    expect(queue.counts.DISBURSEMENT).toBe(0) // recorded by this staff member: not theirs to approve
    expect(queue.counts.AID_LIST).toBe(1)
    expect(queue.total).toBe(3)
    expect(seen.every((r) => r.headers.get('Authorization') === 'Bearer token-of-liu.yang')).toBe(true)
  })

  it('keeps the last queue and says what failed when the API refuses', async () => {
    vi.resetModules()
    const { useQueueStore } = await import('../stores/queue')
    const queue = useQueueStore()
    await queue.refresh()
    answers['/api/v1/services/unmet-demand'] = undefined
    await queue.refresh()
    expect(queue.error).toContain('unexpected')
    expect(queue.items).toHaveLength(4)
    answers['/api/v1/services/unmet-demand'] = []
  })
})
