import { describe, expect, it } from 'vitest'
import { ZPatrolIncidentInput, ZPatrolLogEnd } from '@cr/shared/patrol/patrol-log'
import { contractBody } from './contract-body'
import { newLocalId } from './offline-queue'

describe('what the phone queues is checked with the shared contract first', () => {
  it('takes a finding whose photo was made offline (its local id stands in), queued as typed', () => {
    const photo = newLocalId()
    const value = { type: 'fire_hazard' as const, text: ' 消防通道堵塞 ', photoIds: [photo] }
    expect(contractBody(ZPatrolIncidentInput, value)).toEqual({ body: { kind: 'json', value } })
  })

  it('refuses at once, in words, what the API would refuse', () => {
    expect(contractBody(ZPatrolIncidentInput, { type: 'other', text: '   ' })).toHaveProperty(
      'error',
    )
    const badClock = contractBody(ZPatrolLogEnd, { end: '25:99' })
    expect(badClock).toEqual({ error: expect.stringMatching(/[\u4e00-\u9fff]/) })
  })
})
