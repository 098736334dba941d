import { describe, expect, it } from 'vitest'
import { emptyListing, listingProblems, listingRequest, nextStatuses, reasons, wageRange } from '../views/jobs'

const filled = () => ({ ...emptyListing(), employerId: 'e1', title: ' 住家保姆 ', description: '照顾老人', district: '520102', address: '花果园', wageMin: '3000', wageMax: '3600' })

describe('posting a listing', () => {
  it('names every missing field before the server is asked', () => {
    expect(listingProblems(emptyListing())).toEqual(['employer', 'title', 'description', 'district', 'address', 'wage'])
    expect(listingProblems(filled())).toEqual([])
    expect(listingProblems({ ...filled(), wageMin: '三千' })).toEqual(['wage'])
    expect(listingProblems({ ...filled(), wageMin: '3600', wageMax: '3000' })).toEqual(['wageOrder'])
    expect(listingProblems({ ...filled(), wageMax: '' })).toEqual(['wage'])
    expect(listingProblems({ ...filled(), wageMin: '0' })).toEqual(['wage'])
    expect(listingProblems({ ...filled(), weeklyHours: undefined })).toEqual(['hours'])
    expect(listingProblems({ ...filled(), days: [] })).toEqual(['shifts'])
  })
  it('starts today and stays open 30 days, China time', () => {
    const f = emptyListing(Date.parse('2026-12-01T17:00:00Z'))
    expect([f.startDate, f.expiresOn]).toEqual(['2026-12-02', '2027-01-01'])
    expect(listingProblems({ ...filled(), expiresOn: '2020-01-01' })).toEqual(['dates'])
  })
  it('sends money in fen, trims text, leaves blank wages out', () => {
    const r = listingRequest({ ...filled(), wageMin: '3000', wageMax: '3600.5' })
    expect(r).toMatchObject({ employerId: 'e1', title: '住家保姆', wageMinFen: 300000, wageMaxFen: 360050, wagePeriod: 'MONTH',
      shifts: { days: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'], periods: ['MORNING', 'AFTERNOON'] } })
    expect(listingRequest({ ...filled(), wageMin: '2800' }).wageMinFen).toBe(280000)
  })
})

describe('candidates and applications', () => {
  it('shows the weightiest reason first', () => {
    expect(reasons({ why: [{ text: '距离较近', points: 5 }, { text: '您具备岗位要求的全部技能', points: 40 }, { factor: 'SHIFT', points: 10 }] }))
      .toEqual(['您具备岗位要求的全部技能', 'SHIFT', '距离较近'])
    expect(reasons({})).toEqual([])
  })
  it('offers staff only the moves the server allows', () => {
    expect(nextStatuses('APPLIED')).toEqual(['INTERVIEW', 'HIRED', 'NOT_HIRED'])
    expect(nextStatuses('INTERVIEW')).toEqual(['HIRED', 'NOT_HIRED'])
    expect(nextStatuses('HIRED')).toEqual([])
    expect(nextStatuses('WITHDRAWN')).toEqual([])
  })
  it('writes a wage range', () => {
    expect(wageRange(300000, 360000)).toBe('3,000.00–3,600.00')
    expect(wageRange(2500, undefined)).toBe('25.00')
    expect(wageRange(undefined, undefined)).toBe('—')
  })
})
