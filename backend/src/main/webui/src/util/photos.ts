/**
 * Wish photos, admission letters and disbursement proofs (拨付凭证): the images sit behind the
 * bearer token, so an <img src> cannot load them directly; they are fetched and shown as blob URLs.
 */
import { ApiError, currentLanguage, currentToken, type Problem, type Schemas } from '../api/client'

/** What the server accepts (WishResource @Consumes) and the upload limit the console checks first. */
export const PHOTO_TYPES = ['image/jpeg', 'image/png'] as const
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024

/** Why a chosen file cannot be uploaded (an i18n key), or null when it can. */
export function photoFileProblem(file: { type: string; size: number }): string | null {
  if (!(PHOTO_TYPES as readonly string[]).includes(file.type)) return 'photos.wrongType'
  if (file.size <= 0) return 'photos.empty'
  if (file.size > MAX_PHOTO_BYTES) return 'photos.tooLarge'
  return null
}

/** Proofs first (staff act on them at payout), then the family's photos, then admission letters. */
export function photosInOrder(photos: Schemas['PhotoInfo'][] | undefined): Schemas['PhotoInfo'][] {
  const rank: Record<string, number> = { DISBURSEMENT_PROOF: 0, PHOTO: 1, ADMISSION_LETTER: 2 }
  return [...(photos ?? [])].sort((a, b) => (rank[a.kind ?? ''] ?? 9) - (rank[b.kind ?? ''] ?? 9))
}

async function headers(extra: Record<string, string> = {}): Promise<Record<string, string>> {
  const h: Record<string, string> = { 'Accept-Language': currentLanguage() === 'en' ? 'en' : 'zh-CN', ...extra }
  const token = await currentToken()
  if (token) h.Authorization = `Bearer ${token}`
  return h
}

async function refusal(response: Response): Promise<ApiError> {
  let problem: Problem = { detail: `HTTP ${response.status}` }
  try { problem = await response.json() } catch { /* not problem+json */ }
  return new ApiError(response.status, problem)
}

/** One image as an object URL (revoke it when the page goes). */
export async function imageUrl(path: string, fetcher: typeof fetch = fetch): Promise<string> {
  const response = await fetcher(path, { headers: await headers() })
  if (!response.ok) throw await refusal(response)
  return URL.createObjectURL(await response.blob())
}

/** Uploads the raw image bytes with their own content type; answers the updated wish. */
export async function uploadImage(path: string, file: Blob, fetcher: typeof fetch = fetch): Promise<Schemas['WishView']> {
  const response = await fetcher(path, { method: 'POST', body: file, headers: await headers({ 'Content-Type': file.type }) })
  if (!response.ok) throw await refusal(response)
  return response.json()
}
