import { describe, expect, it } from 'vitest'
import { apiRequest, seedCommitteeClerk } from '../../test/api-request.ts'
import { seedBuilding, seedDwelling, seedResident, testIdNumber } from '../../test/factories.ts'
import { settledJob, uploadLedger } from '../../test/imports.ts'
import { testToday } from '../../test/test-clock.ts'
import { useTestApp } from '../../test/test-app.ts'
import { ageOn, bornBy } from './resident-dto.ts'

const t = useTestApp()
const api = apiRequest(t)

/** The birth date `years` years before the tests' day, moved by `days`. */
const yearsBefore = (years: number, days = 0) => {
  const date = new Date(`${bornBy(testToday, years)}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}

describe('the residents list’s filters a clerk asks for', () => {
  it('bornBy is ageOn’s rule: of age exactly from the birthday, 29 February included', () => {
    expect(bornBy('2026-11-30', 60)).toBe('1966-11-30')
    expect(bornBy('2028-02-29', 1)).toBe('2027-02-28')
    expect(bornBy('2028-02-29', 4)).toBe('2024-02-29')
    for (const today of ['2026-11-30', '2027-03-01', '2028-02-29', '2027-02-28'])
      for (const years of [0, 1, 17, 18, 60, 80]) {
        const latest = new Date(`${bornBy(today, years)}T00:00:00Z`)
        const dayAfter = new Date(latest.getTime() + 86_400_000)
        expect(ageOn(latest, today), `${today} ${years}`).toBeGreaterThanOrEqual(years)
        // Born a day later is a year short (nobody is younger than 0).
        if (years > 0) expect(ageOn(dayAfter, today), `${today} ${years}`).toBeLessThan(years)
      }
  })

  it('filters by age band on the day (周岁), by sex, and by whether the person is in a household', async () => {
    const { committee, auth } = await seedCommitteeClerk(t())
    const db = t().db.prisma
    const person = (name: string, birthDate: string, male = true) =>
      seedResident(db, t().app.cipher, {
        committeeId: committee.id,
        name,
        idNumber: testIdNumber({ birthDate, male }),
      })
    // 59 until tomorrow, 60 today, 17 (18 tomorrow), 18 today, 80, a woman of 60.
    const [, turned60, almost18] = await Promise.all([
      person('将满六十', yearsBefore(60, 1)),
      person('刚满六十', yearsBefore(60)),
      person('将满十八', yearsBefore(18, 1)),
      person('刚满十八', yearsBefore(18)),
      person('八十老人', yearsBefore(80, -30)),
      person('六十女士', yearsBefore(60, -5), false),
    ])
    const building = await seedBuilding(db, { committeeId: committee.id })
    const dwelling = await seedDwelling(db, { buildingId: building.id })
    const household = await api(auth, 'POST', '/households', {
      dwellingId: dwelling.id,
      headResidentId: turned60.id,
      members: [{ residentId: almost18.id, relationship: '20' }],
    })
    expect(household.statusCode, household.body).toBe(201)

    const names = async (query: string) => {
      const response = await api(auth, 'GET', `/residents?committeeId=${committee.id}&${query}`)
      expect(response.statusCode, response.body).toBe(200)
      return (response.json().items as Array<{ name: string }>).map((r) => r.name).sort()
    }
    expect(await names('ageFrom=60')).toEqual(['六十女士', '八十老人', '刚满六十'].sort())
    expect(await names('ageFrom=18&ageTo=59')).toEqual(['刚满十八', '将满六十'].sort())
    expect(await names('ageTo=17')).toEqual(['将满十八'])
    expect(await names('ageFrom=80')).toEqual(['八十老人'])
    expect(await names('ageFrom=60&sex=2')).toEqual(['六十女士'])
    expect(await names('sex=1&ageTo=17')).toEqual(['将满十八'])
    expect(await names('inHousehold=true')).toEqual(['刚满六十', '将满十八'].sort())
    expect(await names('inHousehold=false')).toEqual(
      ['六十女士', '八十老人', '刚满十八', '将满六十'].sort(),
    )
    // The count follows the filters.
    const counted = await api(auth, 'GET', `/residents?committeeId=${committee.id}&ageFrom=60`)
    expect(counted.json().total).toBe(3)

    for (const bad of ['ageFrom=-1', 'ageTo=151', 'sex=3', 'inHousehold=maybe']) {
      const refused = await api(auth, 'GET', `/residents?${bad}`)
      expect(refused.statusCode, bad).toBe(400)
      expect(refused.json().errors[0].path, bad).toMatch(/^query\./)
    }
  })

  it('shows the people an import registered or updated (查看居民 after an import), and no one else', async () => {
    const { committee, auth } = await seedCommitteeClerk(t())
    const db = t().db.prisma
    const before = await seedResident(db, t().app.cipher, {
      committeeId: committee.id,
      name: '早已在册',
    })
    const updatedId = testIdNumber({ birthDate: '1970-05-05' })
    await seedResident(db, t().app.cipher, {
      committeeId: committee.id,
      name: '台账更新',
      idNumber: updatedId,
    })
    const header = ['姓名', '身份证号', '联系电话']
    const rows = [
      ['台账新人', testIdNumber({ birthDate: '1990-01-01' }), '13900000001'],
      ['台账更新', updatedId, '13900000002'],
    ]
    const upload = await uploadLedger(
      t().app,
      auth,
      {
        name: '花名册.csv',
        content: Buffer.from([header, ...rows].map((r) => r.join(',')).join('\n')),
      },
      { type: 'residents', committeeId: committee.id, dryRun: false, onConflict: 'update' },
    )
    expect(upload.statusCode, upload.body).toBe(202)
    const job = await settledJob(t().app, auth, upload.json().id)
    expect(job.counts).toMatchObject({ created: 1, updated: 1 })

    const listed = await api(auth, 'GET', `/residents?importId=${job.id}`)
    expect(listed.statusCode, listed.body).toBe(200)
    const names = (listed.json().items as Array<{ name: string }>).map((r) => r.name).sort()
    expect(names).toEqual(['台账新人', '台账更新'].sort())
    expect(names).not.toContain(before.name)
  })

  it('residence: the list is of people living here; elsewhere and all find landlords by name, in scope only', async () => {
    const { committee, auth } = await seedCommitteeClerk(t())
    const other = await seedCommitteeClerk(t())
    const db = t().app.db.prisma
    const cipher = t().app.cipher
    await seedResident(db, cipher, { committeeId: committee.id, name: '欧阳住户' })
    await seedResident(db, cipher, {
      committeeId: committee.id,
      name: '欧阳房东',
      residence: 'elsewhere',
    })
    await seedResident(db, cipher, {
      committeeId: other.committee.id,
      name: '欧阳外委',
      residence: 'elsewhere',
    })
    const names = async (query: string) => {
      const res = await api(auth, 'GET', `/residents?q=${encodeURIComponent('欧阳')}${query}`)
      expect(res.statusCode, res.body).toBe(200)
      return (res.json().items as Array<{ name: string }>).map((r) => r.name).sort()
    }
    expect(await names('')).toEqual(['欧阳住户'])
    expect(await names('&residence=here')).toEqual(['欧阳住户'])
    expect(await names('&residence=elsewhere')).toEqual(['欧阳房东'])
    expect(await names('&residence=all')).toEqual(['欧阳住户', '欧阳房东'].sort())
    const bad = await api(auth, 'GET', '/residents?residence=abroad')
    expect(bad.statusCode).toBe(400)
  })
})
