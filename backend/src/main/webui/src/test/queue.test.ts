import { describe, expect, it } from 'vitest'
import { buildQueue, countByKind } from '../stores/queue'
import { filterQueue } from '../views/queueFilter'

const sources = {
  households: [
    { id: 'h1', status: 'SUBMITTED' as const, headName: '王*', district: '南明区', updatedAt: '2026-03-05T00:00:00Z' },
    { id: 'h2', status: 'UNDER_VERIFICATION' as const, headName: '李*', district: '南明区', updatedAt: '2026-03-01T00:00:00Z' },
    { id: 'h3', status: 'NEEDS_INFO' as const, headName: '赵*', district: '云岩区', updatedAt: '2026-03-08T00:00:00Z' },
    { id: 'h4', status: 'APPROVED' as const, headName: '孙*', district: '南明区', updatedAt: '2026-02-01T00:00:00Z' },
  ],
  wishes: [{ id: 'w1', title: '孩子的书包', district: '南明区', updatedAt: '2026-03-03T00:00:00Z' }],
  disbursements: [
    { wishTitle: '轮椅', mine: true, disbursement: { id: 'd1', wishId: 'w9', createdAt: '2026-03-02T00:00:00Z' } },
    { wishTitle: '冬衣', mine: false, disbursement: { id: 'd2', wishId: 'w8', createdAt: '2026-03-04T00:00:00Z' } },
  ],
  unmet: [{ category: 'LEGAL_AID' as const, district: '南明区', waiting: 3 }],
  approvals: [
    { kind: 'FUND_TRANSFER' as const, id: 't1', title: 'HB-7', fundName: '市总两节资金', toFundName: '南明区两节资金', amountFen: 5000, since: '2026-03-06T00:00:00Z' },
    { kind: 'AID_LIST' as const, id: 'l1', title: '春节送温暖', fundName: '南明区两节资金', amountFen: 30000, since: '2026-02-28T00:00:00Z' },
  ],
}

describe('待我处理', () => {
  it('lists what waits, the longest waiting first, lines without an age last', () => {
    const q = buildQueue(sources)
    expect(q.map((i) => i.key)).toEqual(['l:l1', 'h:h2', 'd:d1', 'w:w1', 'd:d2', 'h:h1', 't:t1', 'h:h3', 's:LEGAL_AID:南明区'])
    expect(q.find((i) => i.key === 'h:h1')?.kind).toBe('START')
    expect(q.find((i) => i.key === 'h:h2')?.kind).toBe('VERIFY')
    expect(q.find((i) => i.key === 'h:h3')?.kind).toBe('ANSWERS')
    expect(q.find((i) => i.key === 'w:w1')?.link).toBe('/wishes/w1')
  })

  it('never offers a staff member their own disbursement to approve', () => {
    const q = buildQueue(sources)
    expect(q.find((i) => i.key === 'd:d1')?.actionable).toBe(false)
    expect(q.find((i) => i.key === 'd:d2')?.actionable).toBe(true)
  })

  it('counts per kind what the staff member can act on; service lines count their orders', () => {
    expect(countByKind(buildQueue(sources))).toEqual({ START: 1, VERIFY: 1, ANSWERS: 1, WISH: 1, DISBURSEMENT: 1, FUND_TRANSFER: 1, AID_LIST: 1, SERVICE: 3 })
  })

  it('links a waiting transfer to the union-aid page that approves it and a waiting list to its own page', () => {
    const q = buildQueue(sources)
    expect(q.find((i) => i.key === 't:t1')).toMatchObject({ kind: 'FUND_TRANSFER', link: '/union-aid', subject: 'HB-7', since: '2026-03-06T00:00:00Z',
      fundName: '市总两节资金', toFundName: '南明区两节资金', amountFen: 5000, actionable: true })
    expect(q.find((i) => i.key === 'l:l1')).toMatchObject({ kind: 'AID_LIST', link: '/union-aid/lists/l1', subject: '春节送温暖', actionable: true })
    expect(buildQueue({ ...sources, approvals: undefined }).some((i) => i.kind === 'AID_LIST')).toBe(false)
  })

  it('filters by kind and by text in the subject or district', () => {
    const q = buildQueue(sources)
    expect(filterQueue(q, 'WISH', '').map((i) => i.id)).toEqual(['w1'])
    expect(filterQueue(q, '', '云岩').map((i) => i.id)).toEqual(['h3'])
    expect(filterQueue(q, 'START', '云岩')).toEqual([])
    expect(filterQueue(q, '', '市总').map((i) => i.id)).toEqual(['t1']) // a transfer is found by its funds' names
    expect(filterQueue(q, 'AID_LIST', '').map((i) => i.id)).toEqual(['l1'])
  })
})
