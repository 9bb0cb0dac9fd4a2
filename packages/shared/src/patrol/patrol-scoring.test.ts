import { describe, expect, it } from 'vitest'
import { scorePatrol, type TRouteCheckpoint } from './patrol-scoring.ts'

// A night route: the kiosk 10 minutes after the start, building 3 after 15 more, the east gate
// after 20 more, each within ± 5 minutes (the last within ± 0).
const route: TRouteCheckpoint[] = [
  { id: 'kiosk', expectedMinutes: 10, deviationMinutes: 5 },
  { id: 'b3', expectedMinutes: 15, deviationMinutes: 5 },
  { id: 'gate', expectedMinutes: 20, deviationMinutes: 0 },
]
const start = '2026-03-01T23:30'

describe('checkpoint scoring', () => {
  it('scores on time with the deviation’s edges included, early and late beyond them', () => {
    // Expected: kiosk 23:40, b3 23:55, gate 次日00:15.
    const onEdges = scorePatrol(route, start, [
      { checkpointId: 'kiosk', at: '2026-03-01T23:35' },
      { checkpointId: 'b3', at: '2026-03-02T00:00' },
      { checkpointId: 'gate', at: '2026-03-02T00:15' },
    ])
    expect(onEdges.points.map((p) => [p.expectedAt, p.result, p.offsetSeconds])).toEqual([
      ['2026-03-01T23:40', 'on_time', -300],
      ['2026-03-01T23:55', 'on_time', 300],
      ['2026-03-02T00:15', 'on_time', 0],
    ])
    expect(onEdges).toMatchObject({ outcome: 'done', visited: 3, onTime: 3, missed: 0 })

    const beyond = scorePatrol(route, start, [
      { checkpointId: 'kiosk', at: '2026-03-01T23:34:59' },
      { checkpointId: 'b3', at: '2026-03-02T00:00:01' },
      { checkpointId: 'gate', at: '2026-03-02T00:14:59' },
    ])
    expect(beyond.points.map((p) => p.result)).toEqual(['early', 'late', 'early'])
    expect(beyond).toMatchObject({ outcome: 'done', onTime: 0, early: 2, late: 1 })
  })

  it('marks a point never scanned missed and the patrol partly done', () => {
    const score = scorePatrol(route, start, [
      { checkpointId: 'kiosk', at: '2026-03-01T23:41' },
      { checkpointId: 'b3', at: '2026-03-01T23:58' },
    ])
    expect(score.points[2]).toEqual({
      checkpointId: 'gate',
      expectedAt: '2026-03-02T00:15',
      scannedAt: null,
      result: 'missed',
      offsetSeconds: null,
    })
    expect(score).toMatchObject({ outcome: 'partly_done', planned: 3, visited: 2, missed: 1 })
  })

  it('counts a point’s first scan, reports the repeat and a scan of an unknown point', () => {
    const score = scorePatrol(route, start, [
      { checkpointId: 'kiosk', at: '2026-03-01T23:50' },
      { checkpointId: 'elsewhere', at: '2026-03-01T23:45' },
      { checkpointId: 'kiosk', at: '2026-03-01T23:40' },
    ])
    expect(score.points[0]).toMatchObject({ scannedAt: '2026-03-01T23:40', result: 'on_time' })
    expect(score.repeated).toEqual([{ checkpointId: 'kiosk', at: '2026-03-01T23:50' }])
    expect(score.unknown).toEqual([{ checkpointId: 'elsewhere', at: '2026-03-01T23:45' }])
    expect(score.visited).toBe(1)
  })

  it('is not done with no scans, or never started', () => {
    expect(scorePatrol(route, start, []).outcome).toBe('not_done')
    const never = scorePatrol(route, null, [{ checkpointId: 'kiosk', at: '2026-03-01T23:40' }])
    expect(never).toMatchObject({ outcome: 'not_done', missed: 3, visited: 0 })
    expect(never.points[0]!.expectedAt).toBeNull()
    expect(scorePatrol([], start, []).outcome).toBe('done')
  })
})
