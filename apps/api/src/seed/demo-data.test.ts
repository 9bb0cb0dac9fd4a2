import { parseIdNumber } from '@cr/shared/validators/id-number'
import { beforeAll, describe, expect, it } from 'vitest'
import { signIn } from '../test/sign-in.ts'
import { useTestApp } from '../test/test-app.ts'
import { testClock } from '../test/test-clock.ts'
import {
  DemoDataRefusedError,
  demoPasswords,
  seedDatabaseLimits,
  seedDemoData,
  type TDemoDataResult,
} from './demo-data.ts'
import { committeeSpecs } from './kenli.ts'
import { planDemoData } from './plan.ts'

// Under the seed CLI's own database limits: its one long transaction computes rows between its
// statements, longer than the API's 10 s idle-in-transaction limit allows on a loaded machine.
const t = useTestApp({}, seedDatabaseLimits)
// Fewer people than the default 3,000 keep the test fast; still a committee's worth each.
// On the app's fixed day, so the people's ages and dates are the same whatever day it runs.
const options = { seed: 7, scale: 0.75, now: testClock() }
let result: TDemoDataResult

beforeAll(async () => {
  result = await seedDemoData({ prisma: t().db.prisma, cipher: t().app.cipher, ...options })
})

const isoDate = (d: Date) => d.toISOString().slice(0, 10)
const yearsBetween = (older: Date, younger: Date) =>
  (younger.getTime() - older.getTime()) / (365.25 * 86_400_000)

/** GB/T 4761 relationships that fix the member's sex. */
const maleCodes = new Set(['20', '28', '41', '43', '51', '53', '55'])
const femaleCodes = new Set(['30', '38', '42', '44', '52', '54', '56'])

describe('demo data', () => {
  it('fills an empty database with the Kenli committees and a few thousand residents', async () => {
    const { prisma } = t().db
    expect(result.committees.map((c) => c.name)).toEqual(committeeSpecs.map((c) => c.name))
    expect(result.committees[0]!.code).toBe('370521001001')
    expect(await prisma.committee.count()).toBe(committeeSpecs.length)
    expect(await prisma.resident.count()).toBe(result.counts.residents)
    expect(result.counts.residents).toBeGreaterThanOrEqual(2000)
    expect(await prisma.household.count()).toBe(result.counts.households)
    expect(await prisma.buildingLeader.count()).toBeGreaterThan(committeeSpecs.length * 5)
    const uses = await prisma.dwelling.groupBy({ by: ['use'], _count: true })
    const share = (use: string) =>
      (uses.find((u) => u.use === use)?._count ?? 0) / result.counts.dwellings
    expect(share('owner_occupied')).toBeGreaterThan(0.6)
    expect(share('rented')).toBeGreaterThan(0.08)
    expect(share('rented')).toBeLessThan(0.2)
    const audit = await prisma.auditEvent.findMany({ where: { entityType: 'demo' } })
    expect(audit).toHaveLength(1)
    expect(audit[0]).toMatchObject({ action: 'import', actorType: 'system', reason: 'demo data' })
  })

  it('gives every resident a valid ID number that agrees with their sex and birth date', async () => {
    const { cipher } = t().app
    const rows = await t().db.prisma.resident.findMany()
    const regions = new Set<string>()
    for (const row of rows) {
      const plain = cipher.decrypt(row.idNumberCipher)
      const parsed = parseIdNumber(plain, options.now)
      expect(parsed.ok, `${row.name}: ${plain}`).toBe(true)
      if (!parsed.ok) continue
      expect(parsed.id.sex === 'male' ? '1' : '2').toBe(row.sex)
      expect(parsed.id.birthDate).toBe(isoDate(row.birthDate))
      expect(row.idNumberHash).toBe(cipher.blindIndex(plain))
      expect(row.idNumberLast4).toBe(plain.slice(-4))
      regions.add(plain.slice(0, 6))
    }
    expect(regions.has('370521')).toBe(true)
    expect(regions.size).toBeGreaterThan(5)
    const kenli = rows.filter((r) => r.idNumberMasked.startsWith('370521')).length
    expect(kenli / rows.length).toBeGreaterThan(0.6)
  })

  it('gives every household one head (02) and relatives whose sex and age fit', async () => {
    const { prisma } = t().db
    const households = await prisma.household.findMany({
      include: {
        members: { where: { leftOn: null }, include: { resident: true } },
        events: true,
      },
    })
    for (const h of households) {
      const heads = h.members.filter((m) => m.relationship === '02')
      expect(heads).toHaveLength(1)
      expect(heads[0]!.residentId).toBe(h.headResidentId)
      const head = heads[0]!.resident
      for (const m of h.members) {
        const r = m.resident
        if (maleCodes.has(m.relationship)) expect(r.sex).toBe('1')
        if (femaleCodes.has(m.relationship)) expect(r.sex).toBe('2')
        if (m.relationship === '10') expect(r.sex).not.toBe(head.sex)
        if (['20', '30'].includes(m.relationship))
          expect(yearsBetween(head.birthDate, r.birthDate)).toBeGreaterThan(18)
        if (['51', '52'].includes(m.relationship))
          expect(yearsBetween(r.birthDate, head.birthDate)).toBeGreaterThan(18)
        expect(m.joinedOn.getTime()).toBeGreaterThanOrEqual(r.birthDate.getTime())
      }
      // History: 立户 by the head, one 迁入 per other member.
      expect(h.events.filter((e) => e.type === 'created')).toHaveLength(1)
      expect(h.events.filter((e) => e.type === 'moved_in')).toHaveLength(h.members.length - 1)
    }
    const current = await prisma.householdMember.groupBy({
      by: ['residentId'],
      where: { leftOn: null },
      _count: true,
    })
    expect(current.every((c) => c._count === 1)).toBe(true)
  })

  it('lets each clerk sign in (no password change) and see only their committee', async () => {
    const { app, db } = t()
    for (const account of result.accounts.filter((a) => a.role === 'clerk').slice(0, 2)) {
      expect(account.password).toBe(demoPasswords.clerk)
      const auth = await signIn(app, account.username, account.password)
      const committee = result.committees.find((c) => c.name === account.committee)!
      const response = await app.inject({
        method: 'GET',
        url: '/api/v1/residents?limit=100',
        headers: auth,
      })
      expect(response.statusCode).toBe(200)
      const page = response.json()
      expect(page.items).toHaveLength(100)
      expect(
        page.items.every((r: { committee: { id: string } }) => r.committee.id === committee.id),
      ).toBe(true)
      expect(page.total).toBe(
        await db.prisma.resident.count({ where: { committeeId: committee.id } }),
      )
    }
    const leader = await signIn(app, 'leader', demoPasswords.leader)
    const all = await app.inject({ method: 'GET', url: '/api/v1/committees', headers: leader })
    expect(all.json().items).toHaveLength(committeeSpecs.length)
  })

  it('is the same community for the same seed, and another for another seed', async () => {
    const names = (await t().db.prisma.resident.findMany({ select: { name: true } }))
      .map((r) => r.name)
      .sort()
    const planned = planDemoData(options).residents.map((r) => r.name)
    expect([...planned].sort()).toEqual(names)
    expect(planDemoData(options).residents.map((r) => r.name)).toEqual(planned)
    expect(planDemoData({ ...options, seed: 8 }).residents.map((r) => r.name)).not.toEqual(planned)
  })

  it('refuses a second run and writes nothing', async () => {
    const { prisma } = t().db
    await expect(
      seedDemoData({ prisma, cipher: t().app.cipher, ...options }),
    ).rejects.toBeInstanceOf(DemoDataRefusedError)
    expect(await prisma.committee.count()).toBe(committeeSpecs.length)
    expect(await prisma.resident.count()).toBe(result.counts.residents)
  })
})
