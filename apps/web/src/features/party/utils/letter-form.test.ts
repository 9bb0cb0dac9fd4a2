import { describe, expect, it } from 'vitest'
import { ZLetterForm, letterArrival } from './letter-form'

// Issued 1 March with 30 days: valid through 31 March.
const letter = {
  serialNumber: '组转〔2026〕15号',
  fromOrganization: '某街道党工委',
  issuedOn: '2026-03-01',
  validDays: 30,
  receivedOn: '2026-03-31',
  delayReason: '',
}

describe('the letter on the transfer-in form', () => {
  it('is judged by the shared rule, and not before its dates are complete', () => {
    expect(letterArrival(letter)?.status).toBe('valid')
    expect(letterArrival({ ...letter, receivedOn: '2026-04-03' })).toMatchObject({
      status: 'expired',
      validUntil: '2026-03-31',
      daysLeft: -3,
    })
    expect(letterArrival({ ...letter, validDays: null })).toBeNull()
    expect(letterArrival({ ...letter, receivedOn: null })).toBeNull()
  })

  it('needs the reason for the delay once the letter had expired when it arrived', () => {
    const late = ZLetterForm.safeParse({ ...letter, receivedOn: '2026-04-03' })
    expect(late.success).toBe(false)
    expect(late.error?.issues.map((i) => i.path.join('.'))).toEqual(['delayReason'])
    expect(
      ZLetterForm.parse({
        ...letter,
        receivedOn: '2026-04-03',
        delayReason: '本人住院，支部出具证明',
      }),
    ).toMatchObject({ delayReason: '本人住院，支部出具证明' })
  })

  it('sends no reason for a letter still valid', () => {
    expect(ZLetterForm.parse({ ...letter, delayReason: '多填的' })).not.toHaveProperty(
      'delayReason',
    )
  })
})
