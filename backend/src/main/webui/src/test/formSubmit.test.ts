import { beforeEach, describe, expect, it, vi } from 'vitest'

const success = vi.fn()
vi.mock('element-plus', () => ({ ElMessage: { success: (m: string) => success(m) } }))

import { useFormSubmit } from '../composables/useFormSubmit'
import { ApiError } from '../api/client'

const t = (key: string, params?: Record<string, string | number>) => (params && Object.keys(params).length ? `${key}${JSON.stringify(params)}` : key)

describe('useFormSubmit', () => {
  beforeEach(() => success.mockReset())

  it('sends nothing while a field is missing, and names it at the field only once tried', async () => {
    const f = useFormSubmit(t)
    const problems = { source: 'desk.funds.needSource', amount: { key: 'desk.funds.tooMuch', params: { yuan: '12.00' } } }
    expect(f.fieldError(problems, 'source')).toBe('')
    const call = vi.fn()
    expect(await f.submit(problems, call, 'desk.funds.created')).toBe(false)
    expect(call).not.toHaveBeenCalled()
    expect(f.fieldError(problems, 'source')).toBe('desk.funds.needSource')
    expect(f.fieldError(problems, 'amount')).toBe('desk.funds.tooMuch{"yuan":"12.00"}')
    expect(f.fieldError(problems, 'name')).toBe('')
    f.reset()
    expect(f.fieldError(problems, 'source')).toBe('')
  })

  it('puts the server\'s field errors at their fields and keeps the refusal', async () => {
    const f = useFormSubmit(t)
    const refusal = new ApiError(422, { title: '不能受理', errors: [{ field: 'name', message: '已有同名资金' }, { field: 'name', message: 'second' }] })
    const then = vi.fn()
    expect(await f.submit({}, () => Promise.reject(refusal), 'desk.funds.created', then)).toBe(false)
    expect(f.fieldError({}, 'name')).toBe('已有同名资金')
    expect(f.error.value).toBe(refusal)
    expect(then).not.toHaveBeenCalled()
    expect(success).not.toHaveBeenCalled()
  })

  it('says a sent form is done, runs what follows, and clears the last refusal and server messages', async () => {
    const f = useFormSubmit(t)
    await f.submit({}, () => Promise.reject(new ApiError(409, { errors: [{ field: 'title', message: '重复' }] })), 'x')
    const then = vi.fn()
    expect(await f.submit({}, () => Promise.resolve({ id: '1' }), 'desk.fairs.created', then)).toBe(true)
    expect(success).toHaveBeenCalledWith('desk.fairs.created')
    expect(then).toHaveBeenCalledOnce()
    expect(f.error.value).toBeNull()
    expect(f.fieldError({}, 'title')).toBe('')
  })
})
