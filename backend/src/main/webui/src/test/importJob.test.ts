import { describe, expect, it } from 'vitest'
import { isFinished, pollJob, progressPercent, type ImportJob } from '../programmes/importJob'

const job = (state: ImportJob['state'], rowsDone: number, rowsTotal: number): ImportJob =>
  ({ id: 'j', planId: 'p', state, rowsDone, rowsTotal, enrolled: 0, updated: 0, unchanged: 0, rejected: 0, optionsChosen: 0 }) as ImportJob

describe('the enrolment import job (批量导入任务)', () => {
  it('is finished when done or failed, not while queued or running', () => {
    expect(isFinished(job('DONE', 3, 3))).toBe(true)
    expect(isFinished(job('FAILED', 1, 3))).toBe(true)
    expect(isFinished(job('QUEUED', 0, 3))).toBe(false)
    expect(isFinished(job('RUNNING', 2, 3))).toBe(false)
    expect(isFinished(null)).toBe(false)
  })

  it('shows rows done as a whole percentage', () => {
    expect(progressPercent(job('RUNNING', 33_333, 100_000))).toBe(33)
    expect(progressPercent(job('RUNNING', 0, 0))).toBe(0)
    expect(progressPercent(job('DONE', 0, 0))).toBe(100)
    expect(progressPercent(job('DONE', 7, 7))).toBe(100)
  })

  it('polls until the job is finished, handing every state on, and stops when the page is left', async () => {
    const states = [job('QUEUED', 0, 4), job('RUNNING', 2, 4), job('DONE', 4, 4)]
    const seen: string[] = []
    const slept: number[] = []
    const last = await pollJob(async () => states.shift()!, (j) => seen.push(`${j.state} ${j.rowsDone}`), 500, () => false,
      async (ms) => { slept.push(ms) })
    expect(seen).toEqual(['QUEUED 0', 'RUNNING 2', 'DONE 4'])
    expect(slept).toEqual([500, 500])
    expect(last?.state).toBe('DONE')

    let calls = 0
    const left = await pollJob(async () => { calls++; return job('RUNNING', 1, 4) }, () => {}, 10, () => calls >= 2, async () => {})
    expect(calls).toBe(2)
    expect(left?.state).toBe('RUNNING')
  })
})
