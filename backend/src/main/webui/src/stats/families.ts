/** The dashboard pages (统计报表): one per chart family, each with its API call and its export. */
import { api, ok } from '../api/client'
import { countView, monthlyView, moneyCampaignsView, moneyUnitsView, type ChartView, type Lang } from './charts'

export interface Family {
  key: string
  /** choices of `by`, first = default; none when the family has one dimension */
  by?: string[]
  exportPath: string
  /** campaigns are not units: a row cannot be drilled into */
  drills: boolean
  /** monthly families show a line over months and take from/to */
  monthly?: boolean
  load(q: { unitId?: string; by?: string }, title: string, lang: Lang): Promise<ChartView & { unitRef?: { id?: string; name?: string } }>
}

export const FAMILIES: Family[] = [
  {
    key: 'households', by: ['CATEGORY', 'SEVERITY', 'CAUSE', 'STATUS', 'EXIT_REASON'], exportPath: '/api/v1/exports/stats/households', drills: true,
    async load(q, title, lang) {
      const t = await ok(api.GET('/api/v1/stats/households', { params: { query: { unitId: q.unitId, by: q.by as never } } }))
      return { ...countView(t, title, lang), unitRef: t.unit }
    },
  },
  {
    key: 'households-monthly', exportPath: '/api/v1/exports/stats/households-monthly', drills: true, monthly: true,
    async load(q, title, lang) {
      const t = await ok(api.GET('/api/v1/stats/households/monthly', { params: { query: { unitId: q.unitId } } }))
      return { ...monthlyView(t, title, lang), unitRef: t.unit }
    },
  },
  {
    key: 'money-units', exportPath: '/api/v1/exports/stats/money-units', drills: true,
    async load(q, title, lang) {
      const t = await ok(api.GET('/api/v1/stats/money/units', { params: { query: { unitId: q.unitId } } }))
      return { ...moneyUnitsView(t, title, lang), unitRef: t.unit }
    },
  },
  {
    key: 'money-campaigns', exportPath: '/api/v1/exports/stats/money-campaigns', drills: false,
    async load(q, title, lang) {
      const t = await ok(api.GET('/api/v1/stats/money/campaigns', { params: { query: { unitId: q.unitId } } }))
      return { ...moneyCampaignsView(t, title, lang), unitRef: t.unit }
    },
  },
  {
    key: 'wishes', by: ['STATUS', 'AGE'], exportPath: '/api/v1/exports/stats/wishes', drills: true,
    async load(q, title, lang) {
      const t = await ok(api.GET('/api/v1/stats/wishes', { params: { query: { unitId: q.unitId, by: q.by as never } } }))
      return { ...countView(t, title, lang), unitRef: t.unit }
    },
  },
  {
    key: 'placements', exportPath: '/api/v1/exports/stats/placements-monthly', drills: true, monthly: true,
    async load(q, title, lang) {
      const t = await ok(api.GET('/api/v1/stats/placements/monthly', { params: { query: { unitId: q.unitId } } }))
      return { ...monthlyView(t, title, lang), unitRef: t.unit }
    },
  },
  {
    key: 'service-demand', by: ['CATEGORY', 'DISTRICT'], exportPath: '/api/v1/exports/stats/service-demand', drills: true,
    async load(q, title, lang) {
      const t = await ok(api.GET('/api/v1/stats/service-demand', { params: { query: { unitId: q.unitId, by: q.by as never } } }))
      return { ...countView(t, title, lang), unitRef: t.unit }
    },
  },
]

export function family(key: string): Family {
  return FAMILIES.find((f) => f.key === key) ?? FAMILIES[0]
}
