import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import MutualAidPlanDetail from '../programmes/MutualAidPlanDetail.vue'
import { api } from '../api/client'
import { i18n, setLang } from '../i18n'
import { optionNames, optionsTotalFee } from '../programmes/rules'

const options = [
  { code: 'ACCIDENT', name: '意外伤害', feeFen: 200, amountFen: 300000 },
  { code: 'CRITICAL', name: '重大疾病', feeFen: 200, amountFen: 500000 },
  { code: 'HOSPITAL_DAILY', name: '住院津贴', feeFen: 200, amountFen: 100000 },
]

describe('optional plans (自选计划)', () => {
  it("names a member's choices in the plan's order, a code the plan no longer has as itself", () => {
    expect(optionNames(['HOSPITAL_DAILY', 'ACCIDENT'], options)).toBe('意外伤害、住院津贴')
    expect(optionNames(['CHILD', 'CRITICAL'], options, ', ')).toBe('重大疾病, CHILD')
    expect(optionNames([], options)).toBe('')
    expect(optionNames(undefined, undefined)).toBe('')
    expect(optionsTotalFee(options)).toBe(600)
    expect(optionsTotalFee(undefined)).toBe(0)
  })
})

describe('the plan detail', () => {
  afterEach(() => vi.restoreAllMocks())

  it("shows the plan's optional plans and what each member chose", async () => {
    setLang('zh-CN', { setItem: () => undefined })
    const asked: string[] = []
    vi.spyOn(api, 'GET').mockImplementation(((path: string) => {
      asked.push(path)
      const data = path.endsWith('/members')
        ? [{ id: 'm1', name: '王*', idNumber: '520102********2006', tier: 'HARDSHIP', contributedFen: 16400, options: ['ACCIDENT', 'HOSPITAL_DAILY'] },
            { id: 'm2', name: '李*', idNumber: '520102********2019', tier: 'ORDINARY', contributedFen: 26000, options: [] }]
        : { id: 'p1', name: '贵阳市职工医疗互助计划（演示）', planYear: 2026, rules: { waitingDays: 0, tiers: [], options } }
      return Promise.resolve({ data, response: new Response(null, { status: 200 }) })
    }) as never)
    const wrapper = mount(MutualAidPlanDetail, { props: { planId: 'p1' }, global: { plugins: [i18n, ElementPlus] } })
    await flushPromises()
    expect(asked).toEqual(['/api/v1/mutual-aid/plans/{id}', '/api/v1/mutual-aid/plans/{id}/members'])
    expect(wrapper.get('[data-testid="ma-options-table"]').text()).toContain('意外伤害')
    expect(wrapper.get('[data-testid="ma-options-table"]').text()).toContain('住院津贴')
    expect(wrapper.get('[data-testid="ma-options-total"]').text()).toContain('6')
    const chosen = wrapper.findAll('[data-testid="ma-member-options"]').map((w) => w.text())
    expect(chosen).toEqual(['意外伤害、住院津贴', '未选'])
    expect(wrapper.get('[data-testid="ma-members-table"]').text()).toContain('困难职工')
  })

  it("follows an uploaded sheet's job to its end; the progress bar is named for screen readers", async () => {
    setLang('zh-CN', { setItem: () => undefined })
    const job = { id: 'j1', state: 'DONE', rowsTotal: 2, rowsDone: 2, enrolled: 1, updated: 0, unchanged: 0, rejected: 1 }
    vi.spyOn(api, 'GET').mockImplementation(((path: string) => Promise.resolve({
      data: path.endsWith('/members') ? [] : path.endsWith('/errors') ? { items: [{ row: 3, field: 'tier', reason: '未知档次 unknown tier: 富裕' }] }
        : path.endsWith('/{jobId}') ? job : { id: 'p1', name: 'Plan', rules: { waitingDays: 0, tiers: [] } },
      response: new Response(null, { status: 200 }),
    })) as never)
    vi.spyOn(api, 'POST').mockImplementation((() => Promise.resolve({ data: { ...job, state: 'QUEUED', rowsDone: 0 },
      response: new Response(null, { status: 202 }) })) as never)
    const wrapper = mount(MutualAidPlanDetail, { props: { planId: 'p1' }, global: { plugins: [i18n, ElementPlus] } })
    await flushPromises()
    const input = wrapper.get('[data-testid="ma-import-file"]')
    Object.defineProperty(input.element, 'files', { value: [new File(['x'], '会员.xlsx')] })
    await input.trigger('change')
    await flushPromises()
    expect(wrapper.get('[data-testid="ma-import-state"]').text()).toContain('导入完成')
    expect(wrapper.get('[role="progressbar"]').attributes('aria-label')).toBe('已处理 2 / 2 行')
    expect(wrapper.get('[data-testid="ma-import-errors"]').text()).toContain('未知档次')
  })

  it('says so when the plan has no optional plans', async () => {
    setLang('en', { setItem: () => undefined })
    vi.spyOn(api, 'GET').mockImplementation(((path: string) => Promise.resolve({
      data: path.endsWith('/members') ? [] : { id: 'p2', name: 'Plan', rules: { waitingDays: 0, tiers: [] } },
      response: new Response(null, { status: 200 }),
    })) as never)
    const wrapper = mount(MutualAidPlanDetail, { props: { planId: 'p2' }, global: { plugins: [i18n, ElementPlus] } })
    await flushPromises()
    expect(wrapper.get('[data-testid="ma-no-options"]').text()).toBe('This plan has no optional plans.')
    setLang('zh-CN', { setItem: () => undefined })
  })
})
