import { ApiError, currentLanguage, currentToken, type Problem, type Schemas } from '../api/client'

/**
 * 申领列表: the staff list of mutual-aid claims, GET /api/v1/mutual-aid/claims (operation listMutualAidClaims,
 * schema MutualAidClaimSummary). The types come from the generated client, so a change of the contract fails
 * the TypeScript build.
 */
export type ClaimSummary = Schemas['MutualAidClaimSummary']
export type ClaimStatus = NonNullable<ClaimSummary['status']>
export interface ClaimPage { items?: ClaimSummary[]; nextCursor?: string | null }

/** The query string of one page: only the filters that are set. */
export function claimsQuery(f: { status?: ClaimStatus | ''; unitId?: string; cursor?: string | null; limit?: number }): string {
  const q = new URLSearchParams()
  if (f.unitId) q.set('unitId', f.unitId)
  if (f.status) q.set('status', f.status)
  if (f.cursor) q.set('cursor', f.cursor)
  q.set('limit', String(f.limit ?? 50))
  return q.toString()
}

/** One more page appended to what is shown: oldest first as the server sends, a claim never twice. */
export function appendPage(shown: ClaimSummary[], page: ClaimPage): ClaimSummary[] {
  const seen = new Set(shown.map((c) => c.id))
  return [...shown, ...(page.items ?? []).filter((c) => !seen.has(c.id))]
}

export async function fetchClaims(f: Parameters<typeof claimsQuery>[0]): Promise<ClaimPage> {
  const token = await currentToken()
  const response = await fetch(`/api/v1/mutual-aid/claims?${claimsQuery(f)}`, {
    headers: { Accept: 'application/json', 'Accept-Language': currentLanguage() === 'en' ? 'en' : 'zh-CN', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
  })
  const body = await response.json().catch(() => ({}))
  if (!response.ok) throw new ApiError(response.status, body as Problem)
  return body as ClaimPage
}
