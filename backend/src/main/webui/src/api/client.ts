import createClient, { type Middleware } from 'openapi-fetch'
import type { components, paths } from './schema'

export type Schemas = components['schemas']

/** The access token of the signed-in staff member, or null; set by the auth store. */
let tokenSource: () => Promise<string | null> = async () => null
export function useTokenSource(source: () => Promise<string | null>): void {
  tokenSource = source
}

/** The console's language, sent as Accept-Language so that refusals come back in it. */
let languageSource: () => string = () => 'zh-CN'
export function useLanguageSource(source: () => string): void {
  languageSource = source
}

/** The current token and language, for calls made outside openapi-fetch (XLSX downloads). */
export function currentToken(): Promise<string | null> {
  return tokenSource()
}
export function currentLanguage(): string {
  return languageSource()
}

const bearer: Middleware = {
  async onRequest({ request }) {
    const token = await tokenSource()
    if (token) request.headers.set('Authorization', `Bearer ${token}`)
    request.headers.set('Accept-Language', languageSource() === 'en' ? 'en' : 'zh-CN')
    return request
  },
}

/** The same /api/v1 the app calls, typed from the backend's OpenAPI document (schema.d.ts). */
export const api = createClient<paths>({ baseUrl: '' })
api.use(bearer)

/** A refusal from the API: its problem+json detail (zh-CN or English, as asked) and status. */
export class ApiError extends Error {
  constructor(readonly status: number, readonly problem: Problem) {
    super(problem.detail || problem.title || `HTTP ${status}`)
  }
}

export interface Problem {
  type?: string
  title?: string
  status?: number
  detail?: string
  code?: string
  errors?: { field?: string; message?: string }[]
}

/** Unwraps an openapi-fetch answer: the data, or an ApiError carrying the problem. */
export async function ok<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call
  if (!response.ok) {
    const problem = (typeof error === 'object' && error !== null ? error : { detail: String(error ?? '') }) as Problem
    throw new ApiError(response.status, problem)
  }
  return data as T
}
