import { describe, expect, it } from 'vitest'
import {
  chinaLocalOf,
  endsNextDay,
  inWindow,
  instantOfChinaLocal,
  localOffset,
  parseLedgerStartEnd,
  parseLedgerTime,
  parseLedgerWindow,
  serviceDateOf,
  windowBounds,
  windowMinutes,
  windowSpan,
} from './patrol-time.ts'

const night = { start: '20:00', end: '02:00' }

describe('a patrol window', () => {
  it('crosses midnight when the end is at or before the start', () => {
    expect(windowMinutes(night)).toBe(360)
    expect(windowSpan(night)).toEqual({ start: 1200, end: 1560 })
    expect(windowMinutes({ start: '23:30', end: '00:30' })).toBe(60)
    expect(windowMinutes({ start: '08:00', end: '10:30' })).toBe(150)
    expect(windowMinutes({ start: '20:00', end: '20:00' })).toBe(1440)
    expect(endsNextDay({ start: '00:00', end: '06:00' })).toBe(false)
  })

  it('has absolute bounds on the service date and the next', () => {
    expect(windowBounds('2026-03-31', night)).toEqual({
      start: '2026-03-31T20:00',
      end: '2026-04-01T02:00',
    })
    expect(windowBounds('2026-12-31', { start: '23:30', end: '00:30' })).toEqual({
      start: '2026-12-31T23:30',
      end: '2027-01-01T00:30',
    })
  })

  it('holds a moment from its start, included, to its end, excluded', () => {
    expect(inWindow('2026-03-01', night, '2026-03-01T20:00')).toBe(true)
    expect(inWindow('2026-03-01', night, '2026-03-01T19:59:59')).toBe(false)
    expect(inWindow('2026-03-01', night, '2026-03-02T01:59:59')).toBe(true)
    expect(inWindow('2026-03-01', night, '2026-03-02T02:00')).toBe(false)
  })

  it('puts a scan at 01:10 on the next calendar day in the previous service date’s patrol', () => {
    expect(localOffset('2026-03-01', '2026-03-02T01:10')).toBe((25 * 60 + 10) * 60)
    expect(serviceDateOf(night, '2026-03-02T01:10')).toBe('2026-03-01')
    expect(serviceDateOf(night, '2026-03-02T21:00')).toBe('2026-03-02')
    expect(serviceDateOf(night, '2026-03-02T12:00')).toBeNull()
    expect(serviceDateOf(night, '2026-03-01T00:30')).toBe('2026-02-28')
  })

  it('reads China-local moments from instants and back (+08:00 all year)', () => {
    const instant = new Date('2026-03-01T17:10:05Z')
    expect(chinaLocalOf(instant)).toBe('2026-03-02T01:10:05')
    expect(instantOfChinaLocal('2026-03-02T01:10').toISOString()).toBe('2026-03-01T17:10:00.000Z')
  })
})

describe('register times as written', () => {
  it('reads 次日, a plain end after an evening start, full-width digits and colons', () => {
    expect(parseLedgerTime('次日02:00', '20:00')).toEqual({
      ok: true,
      value: { clock: '02:00', nextDay: true },
    })
    expect(parseLedgerTime('02:00', '20:00')).toEqual({
      ok: true,
      value: { clock: '02:00', nextDay: true },
    })
    expect(parseLedgerTime('22:00', '20:00')).toEqual({
      ok: true,
      value: { clock: '22:00', nextDay: false },
    })
    expect(parseLedgerTime('２：００', '20:00')).toMatchObject({ value: { clock: '02:00' } })
    expect(parseLedgerTime(' 8:30 ')).toMatchObject({ value: { clock: '08:30', nextDay: false } })
    expect(parseLedgerTime('20点')).toMatchObject({ value: { clock: '20:00' } })
    expect(parseLedgerTime('24:00', '20:00')).toMatchObject({
      value: { clock: '00:00', nextDay: true },
    })
  })

  it('refuses what is not a time, a start written 次日 and 次日 past the start', () => {
    expect(parseLedgerTime('晚上')).toEqual({ ok: false, error: 'patrol_time_invalid' })
    expect(parseLedgerTime('25:00')).toEqual({ ok: false, error: 'patrol_time_invalid' })
    expect(parseLedgerTime('次日02:00')).toEqual({ ok: false, error: 'patrol_time_invalid' })
    expect(parseLedgerTime('次日21:00', '20:00')).toEqual({
      ok: false,
      error: 'patrol_window_too_long',
    })
  })

  it('reads a window in one cell or two', () => {
    expect(parseLedgerWindow('20:00-次日02:00')).toEqual({ ok: true, value: night })
    expect(parseLedgerWindow('２０：００—次日０２：００')).toEqual({ ok: true, value: night })
    expect(parseLedgerWindow('8:30至10:30')).toEqual({
      ok: true,
      value: { start: '08:30', end: '10:30' },
    })
    expect(parseLedgerWindow('20:00')).toEqual({ ok: false, error: 'patrol_time_invalid' })
    expect(parseLedgerStartEnd('20:00', '02:00')).toEqual({ ok: true, value: night })
  })
})
