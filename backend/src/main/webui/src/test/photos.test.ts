import { describe, expect, it, vi } from 'vitest'
import { imageUrl, MAX_PHOTO_BYTES, photoFileProblem, photosInOrder, uploadImage } from '../util/photos'
import { ApiError } from '../api/client'

describe('proof and photo files', () => {
  it('takes JPEG and PNG up to the limit, and says why not otherwise', () => {
    expect(photoFileProblem({ type: 'image/jpeg', size: 1200 })).toBeNull()
    expect(photoFileProblem({ type: 'image/png', size: MAX_PHOTO_BYTES })).toBeNull()
    expect(photoFileProblem({ type: 'application/pdf', size: 1200 })).toBe('photos.wrongType')
    expect(photoFileProblem({ type: 'image/png', size: 0 })).toBe('photos.empty')
    expect(photoFileProblem({ type: 'image/png', size: MAX_PHOTO_BYTES + 1 })).toBe('photos.tooLarge')
  })
  it('puts proofs first, then photos, then admission letters', () => {
    const order = photosInOrder([{ id: 'a', kind: 'ADMISSION_LETTER' }, { id: 'p', kind: 'PHOTO' }, { id: 'd', kind: 'DISBURSEMENT_PROOF' }])
    expect(order.map((p) => p.id)).toEqual(['d', 'p', 'a'])
    expect(photosInOrder(undefined)).toEqual([])
  })
})

describe('image transfer', () => {
  it('uploads the bytes with their own content type and answers the wish', async () => {
    const fetcher = vi.fn(async (_url: string, init?: RequestInit) => {
      expect(init?.method).toBe('POST')
      expect((init?.headers as Record<string, string>)['Content-Type']).toBe('image/png')
      return new Response(JSON.stringify({ id: 'w', photos: [{ id: 'x', kind: 'DISBURSEMENT_PROOF' }] }), { status: 201 })
    })
    const wish = await uploadImage('/api/v1/wishes/w/proofs', new Blob(['x'], { type: 'image/png' }), fetcher as unknown as typeof fetch)
    expect(wish.photos?.[0].kind).toBe('DISBURSEMENT_PROOF')
  })
  it('turns a refusal into an ApiError with the server reason', async () => {
    const fetcher = vi.fn(async () => new Response(JSON.stringify({ detail: '状态不允许' }), { status: 409 }))
    await expect(uploadImage('/p', new Blob(['x'], { type: 'image/png' }), fetcher as unknown as typeof fetch))
      .rejects.toEqual(expect.objectContaining({ status: 409, message: '状态不允许' }))
    await expect(imageUrl('/p', fetcher as unknown as typeof fetch)).rejects.toBeInstanceOf(ApiError)
  })
})
