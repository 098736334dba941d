import { reactive } from 'vue'
import { api, ok } from '../api/client'

/**
 * Colleagues' names for the subjects a list shows (工作人员名录, GET /api/v1/staff-directory), cached for the
 * session: the console shows "刘洋" where it showed "another staff member". A subject the directory leaves out
 * (not in the caller's unit, below or above it) keeps the generic label the caller passes.
 */
const known = reactive(new Map<string, string>())
const asked = new Set<string>()

export async function loadStaffNames(subjects: (string | undefined | null)[]): Promise<void> {
  const wanted = [...new Set(subjects.filter((s): s is string => !!s && !asked.has(s)))]
  for (let i = 0; i < wanted.length; i += 50) {
    const page = wanted.slice(i, i + 50)
    page.forEach((s) => asked.add(s))
    const found = await ok(api.GET('/api/v1/staff-directory', { params: { query: { subject: page } } })).catch(() => [])
    for (const f of found) if (f.subject && f.displayName) known.set(f.subject, f.displayName)
  }
}

/** The colleague's name, or `fallback` when the directory does not name them. */
export function staffName(subject: string | undefined | null, fallback: string): string {
  return (subject && known.get(subject)) || fallback
}

/** For tests: forget what was looked up. */
export function forgetStaffNames(): void {
  known.clear()
  asked.clear()
}
