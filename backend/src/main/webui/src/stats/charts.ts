/**
 * Turns the stats API's tables into what a page shows: table rows (the accessible equivalent of
 * the chart), an ECharts option built from those same rows, and a one-sentence summary for the
 * chart's aria-label. Pure functions, so the chart can never say something the table does not.
 */
import type { Schemas } from '../api/client'
import { yuan } from '../util/format'

export type Lang = 'zh-CN' | 'en'
export interface UnitRef { id?: string; name?: string; level?: string }

/** One line of a page's table: a unit (or campaign / month), and a value per column key. */
export interface TableRow {
  label: string
  /** the child unit this row stands for, to drill into; absent for 本级, totals, campaigns, months */
  unit?: UnitRef
  own?: boolean
  values: Record<string, number>
  total: number
}
export interface Column { key: string; label: string; money?: boolean }
export interface ChartView {
  columns: Column[]
  rows: TableRow[]
  total: TableRow
  option: Record<string, unknown>
  summary: string
}

// Dark enough for 3:1 against white between bars and readable labels (WCAG non-text contrast).
export const PALETTE = ['#b4261a', '#0b57b0', '#2b6e1f', '#8a5200', '#6a3d9a', '#00695c', '#5d4037', '#ad1457', '#37474f', '#1565c0']

function labelOf(labels: Record<string, Schemas['KeyLabel']> | undefined, key: string, lang: Lang): string {
  const l = labels?.[key]
  return (lang === 'en' ? l?.en : l?.zh) || l?.zh || key
}

function rowLabel(unit: UnitRef | undefined, own: boolean | undefined, lang: Lang): string {
  const name = unit?.name ?? '—'
  return own ? `${name}（${lang === 'en' ? 'own records' : '本级'}）` : name
}

const words = (lang: Lang) => lang === 'en'
  ? { total: 'Total', of: 'of', top: 'most', none: 'nothing counted' }
  : { total: '合计', of: '', top: '最多', none: '暂无数据' }

/** A stacked bar chart: one bar per row (unit), one stack segment per column (key). */
function stackedBars(columns: Column[], rows: TableRow[], money: boolean): Record<string, unknown> {
  return {
    color: PALETTE,
    aria: { enabled: false },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, textStyle: { color: '#1f2329', fontSize: 14 } },
    grid: { left: 16, right: 16, bottom: 8, top: 48, containLabel: true },
    xAxis: { type: 'category', data: rows.map((r) => r.label), axisLabel: { color: '#1f2329', fontSize: 13, interval: 0, rotate: rows.length > 6 ? 30 : 0 } },
    yAxis: { type: 'value', axisLabel: { color: '#1f2329' }, minInterval: money ? undefined : 1 },
    series: columns.map((c) => ({
      name: c.label,
      type: 'bar',
      stack: 'all',
      emphasis: { focus: 'series' },
      data: rows.map((r) => (money ? (r.values[c.key] ?? 0) / 100 : r.values[c.key] ?? 0)),
    })),
  }
}

function summaryOf(title: string, columns: Column[], total: TableRow, rows: TableRow[], lang: Lang, money = false): string {
  const w = words(lang)
  const fmt = (n: number) => (money ? `${yuan(n)}${lang === 'en' ? ' yuan' : ' 元'}` : String(n))
  if (!rows.length || columns.every((c) => !total.values[c.key])) return `${title}: ${w.none}`
  const parts = columns.filter((c) => total.values[c.key]).map((c) => `${c.label} ${fmt(total.values[c.key])}`)
  const top = [...rows].sort((a, b) => b.total - a.total)[0]
  const sep = lang === 'en' ? ', ' : '，'
  return lang === 'en'
    ? `${title}: ${w.total} ${fmt(total.total)} (${parts.join(sep)}); ${w.top}: ${top.label} ${fmt(top.total)}`
    : `${title}：${w.total} ${fmt(total.total)}（${parts.join(sep)}）；${w.top}：${top.label} ${fmt(top.total)}`
}

/** Counts per child unit and key (households, wishes, service demand). */
export function countView(table: Schemas['CountTable'], title: string, lang: Lang): ChartView {
  const columns = (table.keys ?? []).map((k) => ({ key: k, label: labelOf(table.labels, k, lang) }))
  const toRow = (r: Schemas['CountRow']): TableRow => ({
    label: rowLabel(r.unit, r.own, lang),
    unit: r.own ? undefined : r.unit,
    own: r.own,
    values: { ...(r.counts ?? {}) },
    total: r.total ?? 0,
  })
  const rows = (table.rows ?? []).map(toRow)
  const total = { ...toRow(table.total ?? {}), label: words(lang).total, unit: undefined }
  return { columns, rows, total, option: stackedBars(columns, rows, false), summary: summaryOf(title, columns, total, rows, lang) }
}

/**
 * Counts per month: the chart has a line per series over the months (of the whole subtree), the
 * table one row per child unit with each series summed over the range, so a unit can be drilled.
 */
export function monthlyView(table: Schemas['MonthlyTable'], title: string, lang: Lang): ChartView & { months: string[]; perMonth: TableRow[] } {
  const series = table.series ?? []
  const columns = series.map((k) => ({ key: k, label: labelOf(table.labels, k, lang) }))
  const sumRow = (r: Schemas['MonthlyRow']): TableRow => {
    const values: Record<string, number> = {}
    for (const s of series) values[s] = 0
    for (const m of r.months ?? []) for (const s of series) values[s] += m.counts?.[s] ?? 0
    return { label: rowLabel(r.unit, r.own, lang), unit: r.own ? undefined : r.unit, own: r.own, values, total: Object.values(values).reduce((a, b) => a + b, 0) }
  }
  const rows = (table.rows ?? []).map(sumRow)
  const total = { ...sumRow(table.total ?? {}), label: words(lang).total, unit: undefined }
  const months = table.months ?? []
  const byMonth = new Map((table.total?.months ?? []).map((m) => [m.month ?? '', m.counts ?? {}]))
  const perMonth: TableRow[] = months.map((m) => {
    const values: Record<string, number> = {}
    for (const s of series) values[s] = byMonth.get(m)?.[s] ?? 0
    return { label: m, values, total: Object.values(values).reduce((a, b) => a + b, 0) }
  })
  const option = {
    color: PALETTE,
    aria: { enabled: false },
    tooltip: { trigger: 'axis' },
    legend: { top: 0, textStyle: { color: '#1f2329', fontSize: 14 } },
    grid: { left: 16, right: 16, bottom: 8, top: 48, containLabel: true },
    xAxis: { type: 'category', data: months, axisLabel: { color: '#1f2329' } },
    yAxis: { type: 'value', minInterval: 1, axisLabel: { color: '#1f2329' } },
    series: columns.map((c) => ({ name: c.label, type: 'line', symbolSize: 8, data: perMonth.map((p) => p.values[c.key]) })),
  }
  return { columns, rows, total, option, months, perMonth, summary: summaryOf(title, columns, total, rows, lang) }
}

export const MONEY_KEYS = ['donatedFen', 'matchedFen', 'disbursedFen', 'returnedFen', 'heldFen', 'pledgedUnpaidFen'] as const
const MONEY_LABELS: Record<(typeof MONEY_KEYS)[number], { zh: string; en: string }> = {
  donatedFen: { zh: '捐款到账', en: 'Donations paid' },
  matchedFen: { zh: '配捐', en: 'Matched' },
  disbursedFen: { zh: '已拨付', en: 'Disbursed' },
  returnedFen: { zh: '退回', en: 'Returned' },
  heldFen: { zh: '托管中', en: 'Held in escrow' },
  pledgedUnpaidFen: { zh: '待支付认捐', en: 'Pledged, unpaid' },
}

function moneyValues(m: Schemas['MoneyFigures'] | undefined): Record<string, number> {
  const values: Record<string, number> = {}
  for (const k of MONEY_KEYS) values[k] = (m as Record<string, number> | undefined)?.[k] ?? 0
  return values
}

/**
 * Money in fen per unit or per campaign. The chart shows money in (donated + matched) against
 * disbursed, returned and held — a stack of everything would count the same yuan twice.
 */
export function moneyView(rowsIn: { label: string; unit?: UnitRef; own?: boolean; money?: Schemas['MoneyFigures'] }[],
  totalIn: Schemas['MoneyFigures'] | undefined, title: string, lang: Lang): ChartView {
  const columns: Column[] = MONEY_KEYS.map((k) => ({ key: k, label: MONEY_LABELS[k][lang === 'en' ? 'en' : 'zh'], money: true }))
  const toRow = (r: (typeof rowsIn)[number]): TableRow => {
    const values = moneyValues(r.money)
    return { label: r.label, unit: r.unit, own: r.own, values, total: values.donatedFen + values.matchedFen }
  }
  const rows = rowsIn.map(toRow)
  const total = toRow({ label: words(lang).total, money: totalIn })
  const charted = columns.filter((c) => c.key !== 'pledgedUnpaidFen')
  const option = {
    color: PALETTE,
    aria: { enabled: false },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, textStyle: { color: '#1f2329', fontSize: 14 } },
    grid: { left: 16, right: 16, bottom: 8, top: 48, containLabel: true },
    xAxis: { type: 'category', data: rows.map((r) => r.label), axisLabel: { color: '#1f2329', interval: 0, rotate: rows.length > 6 ? 30 : 0 } },
    yAxis: { type: 'value', name: lang === 'en' ? 'yuan' : '元', axisLabel: { color: '#1f2329' } },
    series: charted.map((c) => ({
      name: c.label,
      type: 'bar',
      // in: donated + matched stacked; out: disbursed + returned + held stacked beside it
      stack: c.key === 'donatedFen' || c.key === 'matchedFen' ? 'in' : 'out',
      data: rows.map((r) => r.values[c.key] / 100),
    })),
  }
  return { columns, rows, total, option, summary: summaryOf(title, columns.slice(0, 2), total, rows, lang, true) }
}

export function moneyUnitsView(table: Schemas['MoneyTable'], title: string, lang: Lang): ChartView {
  const rows = (table.rows ?? []).map((r) => ({ label: rowLabel(r.unit, r.own, lang), unit: r.own ? undefined : r.unit, own: r.own, money: r.money }))
  return moneyView(rows, table.total?.money, title, lang)
}

export function moneyCampaignsView(table: Schemas['CampaignMoneyTable'], title: string, lang: Lang): ChartView {
  const none = lang === 'en' ? 'Outside any campaign' : '未参加活动'
  const rows = (table.rows ?? []).map((r) => ({ label: r.name || none, money: r.money }))
  return moneyView(rows, table.total, title, lang)
}

/** The row a click on the chart's bar at `dataIndex` stands for, if it can be drilled into. */
export function drillTarget(view: ChartView, dataIndex: number | undefined): UnitRef | undefined {
  if (dataIndex === undefined) return undefined
  const u = view.rows[dataIndex]?.unit
  return u?.id ? u : undefined
}
