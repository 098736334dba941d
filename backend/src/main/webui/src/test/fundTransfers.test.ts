import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import ElementPlus from 'element-plus'
import { i18n, setLang } from '../i18n'

// The pending transfers card (划拨待审批) reads the queue in one call, whatever the number of funds (desk6).
const seen: string[] = []
const pending = [
  { transfer: { id: 't1', amountFen: 5000, reference: 'HB-1', recordedBy: 'other', recordedAt: '2026-12-01T02:00:00Z', status: 'PREPARED' },
    fromFundName: '市总两节资金', toFundName: '南明区两节资金', mine: false },
  { transfer: { id: 't2', amountFen: 7000, reference: 'HB-2', recordedBy: 'me', recordedAt: '2026-12-01T03:00:00Z', status: 'PREPARED' },
    fromFundName: '南明区两节资金', toFundName: '社区两节资金', mine: true },
]

beforeEach(() => {
  seen.length = 0
  vi.stubGlobal('fetch', async (input: Request) => {
    const url = new URL(input.url)
    seen.push(url.pathname)
    const body = url.pathname === '/api/v1/union-aid/transfers/pending' ? pending : url.pathname === '/api/v1/staff-directory' ? [] : undefined
    if (body === undefined) return new Response(JSON.stringify({ detail: `unexpected ${url}` }), { status: 500 })
    return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } })
  })
  setActivePinia(createPinia())
})

describe('FundTransfers', () => {
  it('reads GET /transfers/pending once, not each fund, and offers approval only of what the caller did not prepare', async () => {
    setLang('zh-CN', { setItem: () => undefined })
    const { default: FundTransfers } = await import('../desk/FundTransfers.vue')
    const funds = [{ id: 'f1', name: 'A' }, { id: 'f2', name: 'B' }, { id: 'f3', name: 'C' }]
    const wrapper = mount(FundTransfers, { props: { funds }, global: { plugins: [i18n, ElementPlus] } })
    await flushPromises()
    expect(seen.filter((p) => p.startsWith('/api/v1/union-aid'))).toEqual(['/api/v1/union-aid/transfers/pending'])
    const table = wrapper.find('[data-testid="pending-transfers-table"]').text()
    expect(table).toContain('市总两节资金')
    expect(table).toContain('HB-2')
    const rows = wrapper.findAll('.el-table__row')
    const row = (ref: string) => rows.find((r) => r.text().includes(ref))!
    expect(row('HB-1').find('[data-testid="transfer-approve"]').exists()).toBe(true)
    expect(row('HB-1').find('[data-testid="transfer-own"]').exists()).toBe(false)
    expect(row('HB-2').find('[data-testid="transfer-approve"]').exists()).toBe(false) // the caller's own
    expect(row('HB-2').find('[data-testid="transfer-own"]').exists()).toBe(true)
  }, 30000)
})
