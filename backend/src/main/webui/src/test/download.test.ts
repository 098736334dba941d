import { afterEach, describe, expect, it, vi } from 'vitest'
import { downloadExport, exportUrl, fileNameFrom } from '../util/download'
import { ApiError } from '../api/client'

describe('export file naming', () => {
  it('prefers the RFC 5987 UTF-8 name, then the plain one, then the fallback', () => {
    expect(fileNameFrom(`attachment; filename="households.xlsx"; filename*=UTF-8''%E5%9B%B0%E9%9A%BE%E5%AE%B6%E5%BA%AD.xlsx`, 'x.xlsx')).toBe('困难家庭.xlsx')
    expect(fileNameFrom('attachment; filename="wishes-2026-12-01.xlsx"', 'x.xlsx')).toBe('wishes-2026-12-01.xlsx')
    expect(fileNameFrom('attachment; filename=plain.xlsx', 'x.xlsx')).toBe('plain.xlsx')
    expect(fileNameFrom('attachment', 'x.xlsx')).toBe('x.xlsx')
    expect(fileNameFrom(null, 'x.xlsx')).toBe('x.xlsx')
    expect(fileNameFrom(`attachment; filename*=UTF-8''%E0%A4%A`, 'x.xlsx')).toBe('x.xlsx')
    expect(fileNameFrom('attachment; filename="../../etc/passwd"', 'x.xlsx')).toBe('.._.._etc_passwd')
  })
  it('leaves empty filters out of the query', () => {
    expect(exportUrl('/api/v1/exports/households', { status: '', full: false, unitId: undefined })).toBe('/api/v1/exports/households')
    expect(exportUrl('/api/v1/exports/households', { status: 'APPROVED', full: true })).toBe('/api/v1/exports/households?status=APPROVED&full=true')
  })
})

describe('downloadExport', () => {
  afterEach(() => vi.restoreAllMocks())
  it('saves the blob under the server name through an object URL', async () => {
    const created = vi.fn(() => 'blob:x')
    URL.createObjectURL = created as unknown as typeof URL.createObjectURL
    URL.revokeObjectURL = vi.fn()
    const clicks: string[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) { clicks.push(this.download) })
    const fetcher = vi.fn(async () => new Response(new Blob(['PK']), { headers: { 'Content-Disposition': 'attachment; filename="a.xlsx"' } }))
    expect(await downloadExport('/api/v1/exports/households', 'f.xlsx', fetcher as unknown as typeof fetch)).toBe('a.xlsx')
    expect(clicks).toEqual(['a.xlsx'])
    expect(created).toHaveBeenCalledOnce()
  })
  it('turns a refusal into an ApiError carrying the problem', async () => {
    const fetcher = vi.fn(async () => new Response(JSON.stringify({ status: 403, detail: '只有工作人员可以导出完整信息' }), { status: 403, headers: { 'Content-Type': 'application/problem+json' } }))
    const e = await downloadExport('/x', 'f.xlsx', fetcher as unknown as typeof fetch).catch((x) => x)
    expect(e).toBeInstanceOf(ApiError)
    expect(e.status).toBe(403)
    expect(e.message).toBe('只有工作人员可以导出完整信息')
  })
})
