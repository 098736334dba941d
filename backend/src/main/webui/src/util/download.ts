/**
 * XLSX exports: fetched with the bearer token (a plain link would carry none), turned into a Blob
 * and saved under the server's file name from Content-Disposition.
 */
import { ApiError, currentLanguage, currentToken, type Problem } from '../api/client'

/**
 * The file name of a Content-Disposition header: RFC 5987 `filename*=UTF-8''…` first (Chinese
 * names), then a quoted or bare `filename=`, else the fallback.
 */
export function fileNameFrom(header: string | null | undefined, fallback: string): string {
  if (!header) return fallback
  const star = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(header)
  if (star) {
    try {
      return sanitize(decodeURIComponent(star[2].trim().replace(/^"|"$/g, ''))) || fallback
    } catch {
      // a malformed escape: fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/i.exec(header)
  if (plain) return sanitize((plain[2] ?? plain[1]).trim()) || fallback
  return fallback
}

/** No folders in a saved file's name. */
function sanitize(name: string): string {
  return name.replace(/[\\/]/g, '_').trim()
}

/** The query string of an export: empty values left out. */
export function exportUrl(path: string, query: Record<string, string | boolean | undefined | null>): string {
  const params = new URLSearchParams()
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null || v === '' || v === false) continue
    params.set(k, String(v))
  }
  const qs = params.toString()
  return qs ? `${path}?${qs}` : path
}

/** Downloads an export; a refusal comes back as ApiError with its problem+json. Returns the name. */
export async function downloadExport(url: string, fallback: string, fetcher: typeof fetch = fetch): Promise<string> {
  const headers: Record<string, string> = { 'Accept-Language': currentLanguage() === 'en' ? 'en' : 'zh-CN' }
  const token = await currentToken()
  if (token) headers.Authorization = `Bearer ${token}`
  const response = await fetcher(url, { headers })
  if (!response.ok) {
    let problem: Problem = { detail: `HTTP ${response.status}` }
    try { problem = await response.json() } catch { /* not problem+json */ }
    throw new ApiError(response.status, problem)
  }
  const name = fileNameFrom(response.headers.get('Content-Disposition'), fallback)
  const blob = await response.blob()
  const href = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = href
  a.download = name
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(href), 10000)
  return name
}
