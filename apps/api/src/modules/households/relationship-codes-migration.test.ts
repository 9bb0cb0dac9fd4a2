import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { migrationsDir } from '@cr/db/paths'
import { seedCommittee, seedResident, seedUser } from '../../test/factories.ts'
import { signIn } from '../../test/sign-in.ts'
import { useTestApp } from '../../test/test-app.ts'

const t = useTestApp()

// The migration that moved GB/T 4761-2008 codes 65–68 to where the standard puts them, run
// again on rows written under the old, shifted table.
describe('relationship codes 65–68', () => {
  it('moves members and history written under the shifted codes to the standard’s', async () => {
    const committee = await seedCommittee(t().db.prisma)
    const admin = await signIn(t().app, (await seedUser(t().db.prisma, { role: 'admin' })).username)
    const people = await Promise.all(
      ['户主', '老人甲', '老人乙', '老人丙'].map((name) =>
        seedResident(t().db.prisma, t().app.cipher, { committeeId: committee.id, name }),
      ),
    )
    const post = (url: string, payload: object) =>
      t().app.inject({ method: 'POST', url: `/api/v1${url}`, headers: admin, payload })
    const building = await post('/buildings', {
      committeeId: committee.id,
      street: '迁移路',
      buildingNumber: '1号楼',
    })
    const dwelling = await post('/dwellings', { buildingId: building.json().id, room: '101' })
    const household = await post('/households', {
      dwellingId: dwelling.json().id,
      headResidentId: people[0]!.id,
      members: [
        { residentId: people[1]!.id, relationship: '65' },
        { residentId: people[2]!.id, relationship: '66' },
        { residentId: people[3]!.id, relationship: '67' },
      ],
    })
    expect(household.statusCode, household.body).toBe(201)
    const id = household.json().id
    // As the old table wrote them: each one code up.
    for (const [now, old] of [
      ['67', '68'],
      ['66', '67'],
      ['65', '66'],
    ])
      for (const table of ['household_member', 'household_event'])
        await t().db.pool.query(
          `UPDATE ${table} SET relationship = $2 WHERE household_id = $3 AND relationship = $1`,
          [now, old, id],
        )
    const folder = (await readdir(migrationsDir)).find((d) =>
      d.endsWith('_relationship_codes_65_68'),
    )!
    await t().db.pool.query(
      await readFile(path.join(migrationsDir, folder, 'migration.sql'), 'utf8'),
    )
    const { rows } = await t().db.pool.query(
      `SELECT resident_id, relationship FROM household_member WHERE household_id = $1`,
      [id],
    )
    const codeOf = (i: number) => rows.find((r) => r.resident_id === people[i]!.id)?.relationship
    expect([1, 2, 3].map(codeOf)).toEqual(['65', '66', '67'])
  })
})
