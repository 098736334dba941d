import { ref } from 'vue'
import { api, ok } from '../api/client'

/**
 * Heads' names of the files in the caller's scope, for lists whose rows name a file by id only
 * (待复核, 抽查): one page of the household list, looked up by id; unknown ids show a short id.
 */
export function useFileNames() {
  const names = ref<Record<string, string>>({})
  async function load(statuses: ('APPROVED' | 'EXITED' | undefined)[] = ['APPROVED']) {
    const pages = await Promise.all(statuses.map((status) =>
      ok(api.GET('/api/v1/households', { params: { query: { status, limit: 100 } } })).catch(() => ({ items: [] }))))
    const next: Record<string, string> = { ...names.value }
    for (const p of pages) for (const h of p.items ?? []) if (h.id && h.headName) next[h.id] = h.headName
    names.value = next
  }
  const nameOf = (id?: string) => (id ? names.value[id] ?? id.slice(0, 8) : '—')
  return { names, load, nameOf }
}
