import { describe, expect, it } from 'vitest'
import { countView, drillTarget, moneyUnitsView, monthlyView, moneyCampaignsView } from '../stats/charts'
import { useDrill } from '../stats/drill'
import { buildTree } from '../admin/tree'
import { worklistExport } from '../views/worklistExport'

const nanming = { id: 'a1', name: '南明区总工会', level: 'DISTRICT' }
const yunyan = { id: 'a2', name: '云岩区总工会', level: 'DISTRICT' }
const guiyang = { id: 'a0', name: '贵阳市总工会', level: 'CITY' }

const counts = {
  unit: guiyang,
  dimension: 'CATEGORY',
  keys: ['DIBAO', 'DIBAO_MARGINAL'],
  labels: { DIBAO: { zh: '低保户', en: 'Dibao' }, DIBAO_MARGINAL: { zh: '低保边缘户', en: 'Marginal' } },
  rows: [
    { unit: nanming, counts: { DIBAO: 3, DIBAO_MARGINAL: 1 }, total: 4 },
    { unit: yunyan, counts: { DIBAO: 0, DIBAO_MARGINAL: 2 }, total: 2 },
    { unit: guiyang, own: true, counts: { DIBAO: 1, DIBAO_MARGINAL: 0 }, total: 1 },
  ],
  total: { unit: guiyang, counts: { DIBAO: 4, DIBAO_MARGINAL: 3 }, total: 7 },
}

describe('chart options are built from the same rows as the table', () => {
  it('stacks one series per key over one bar per unit, labelled in the chosen language', () => {
    const v = countView(counts, '困难家庭分布', 'zh-CN')
    expect(v.columns.map((c) => c.label)).toEqual(['低保户', '低保边缘户'])
    const opt = v.option as { xAxis: { data: string[] }; series: { name: string; data: number[]; stack: string }[] }
    expect(opt.xAxis.data).toEqual(['南明区总工会', '云岩区总工会', '贵阳市总工会（本级）'])
    expect(opt.series.map((s) => s.name)).toEqual(['低保户', '低保边缘户'])
    expect(opt.series[0].data).toEqual([3, 0, 1])
    expect(opt.series[1].data).toEqual([1, 2, 0])
    expect(v.total.total).toBe(7)
    expect(countView(counts, 'Households', 'en').columns[1].label).toBe('Marginal')
  })

  it('summarises the chart for its aria-label: total, per key and the largest unit', () => {
    expect(countView(counts, '困难家庭分布', 'zh-CN').summary).toBe('困难家庭分布：合计 7（低保户 4，低保边缘户 3）；最多：南明区总工会 4')
    expect(countView({ ...counts, rows: [], total: { counts: {}, total: 0 } }, 'Households', 'en').summary).toBe('Households: nothing counted')
  })

  it('a click on a child unit drills into it; 本级 and out-of-range bars do not', () => {
    const v = countView(counts, 't', 'zh-CN')
    expect(drillTarget(v, 0)?.id).toBe('a1')
    expect(drillTarget(v, 2)).toBeUndefined()
    expect(drillTarget(v, 9)).toBeUndefined()
    expect(drillTarget(v, undefined)).toBeUndefined()
  })

  it('monthly: lines over months from the total, and per-unit sums over the range', () => {
    const v = monthlyView({
      unit: guiyang, months: ['2026-10', '2026-11'], series: ['FILED', 'EXITS'],
      labels: { FILED: { zh: '新建档', en: 'Filed' }, EXITS: { zh: '退出', en: 'Exits' } },
      rows: [{ unit: nanming, months: [{ month: '2026-10', counts: { FILED: 2, EXITS: 0 } }, { month: '2026-11', counts: { FILED: 1, EXITS: 1 } }] }],
      total: { unit: guiyang, months: [{ month: '2026-10', counts: { FILED: 2, EXITS: 0 } }, { month: '2026-11', counts: { FILED: 1, EXITS: 1 } }] },
    }, 'm', 'en')
    expect(v.rows[0].values).toEqual({ FILED: 3, EXITS: 1 })
    expect(v.rows[0].total).toBe(4)
    expect(v.perMonth.map((p) => p.values.FILED)).toEqual([2, 1])
    const opt = v.option as { series: { name: string; type: string; data: number[] }[] }
    expect(opt.series).toMatchObject([{ name: 'Filed', type: 'line', data: [2, 1] }, { name: 'Exits', data: [0, 1] }])
  })

  it('money: fen in the table, yuan on the chart; in and out stacked apart', () => {
    const v = moneyUnitsView({
      unit: guiyang,
      rows: [{ unit: nanming, money: { donatedFen: 12345, matchedFen: 5000, disbursedFen: 10000, returnedFen: 0, heldFen: 7345, pledgedUnpaidFen: 100 } }],
      total: { unit: guiyang, money: { donatedFen: 12345, matchedFen: 5000, disbursedFen: 10000, returnedFen: 0, heldFen: 7345, pledgedUnpaidFen: 100 } },
    }, '资金', 'zh-CN')
    expect(v.rows[0].values.donatedFen).toBe(12345)
    const opt = v.option as { series: { name: string; stack: string; data: number[] }[] }
    expect(opt.series.find((s) => s.name === '捐款到账')).toMatchObject({ stack: 'in', data: [123.45] })
    expect(opt.series.find((s) => s.name === '已拨付')).toMatchObject({ stack: 'out', data: [100] })
    expect(opt.series.some((s) => s.name === '待支付认捐')).toBe(false)
    expect(v.summary).toContain('123.45 元')
    const c = moneyCampaignsView({ unit: guiyang, rows: [{ name: '金秋助学', money: { donatedFen: 1 } }, { money: { donatedFen: 2 } }], total: { donatedFen: 3 } }, 'c', 'en')
    expect(c.rows.map((r) => r.label)).toEqual(['金秋助学', 'Outside any campaign'])
    expect(drillTarget(c, 0)).toBeUndefined()
  })
})

describe('drill-down state', () => {
  it('starts at the unit the server reported, goes down and back up the breadcrumb', () => {
    const d = useDrill()
    expect(d.unitId.value).toBeUndefined()
    d.reported(guiyang)
    expect(d.path.value.map((u) => u.name)).toEqual(['贵阳市总工会'])
    expect(d.unitId.value).toBeUndefined() // the top: the server's default (the caller's own unit)
    d.enter(nanming)
    expect(d.unitId.value).toBe('a1')
    d.reported(nanming)
    d.enter(nanming) // twice the same: no loop in the path
    expect(d.path.value.length).toBe(2)
    d.enter({ id: 'a3', name: '某街道工会' })
    d.upTo(0)
    expect(d.path.value.map((u) => u.id)).toEqual(['a0'])
    expect(d.unitId.value).toBeUndefined()
    d.upTo(5)
    expect(d.path.value.length).toBe(1)
  })
})

describe('admin union tree and work-list exports', () => {
  it('nests units under their parents, an orphan is a root', () => {
    const roots = buildTree([
      { id: 'p', name: '贵州省总工会' }, { id: 'c', parentId: 'p', name: '贵阳市总工会' }, { id: 'd', parentId: 'c', name: '南明区总工会' }, { id: 'x', parentId: 'gone', name: '孤立' },
    ])
    expect(roots.map((r) => r.label).sort()).toEqual(['孤立', '贵州省总工会'].sort())
    expect(roots.find((r) => r.id === 'p')!.children[0].children[0].label).toBe('南明区总工会')
  })
  it('maps queue kinds to their work lists', () => {
    expect(worklistExport('START')).toMatchObject({ path: '/api/v1/exports/households', query: { status: 'SUBMITTED' } })
    expect(worklistExport('WISH')?.path).toBe('/api/v1/exports/wishes-in-vetting')
    expect(worklistExport('SERVICE')).toBeNull()
    expect(worklistExport('')).toBeNull()
  })
})
