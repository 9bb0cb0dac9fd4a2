// Done-when: "`pg_dump` of a database with residents contains no 18-character ID number in the
// clear". The real pg_dump on these machines is Debian's (15); it refuses to dump a newer
// server, so this file runs the real app on a throwaway Debian PostgreSQL of pg_dump's own
// major version (prisma/src/testing/debian-postgres.ts), migrated from prisma/migrations,
// writes through the API, dumps the whole database and greps the dump.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDb } from '@cr/db/client'
import { applyMigrations } from '@cr/db/migrate'
import { startDebianPostgres, type DebianPostgres } from '@cr/db/testing/debian-postgres'
import { maskIdNumber } from '@cr/shared/validators/id-number'
import { buildApp, type TApp } from '../../app.ts'
import type { TDb } from '../../lib/db-types.ts'
import { seedCommittee, seedUser } from '../../test/factories.ts'
import { idNumberForms, validIdNumbersIn } from '../../test/id-number-leaks.ts'
import { signIn } from '../../test/sign-in.ts'
import { testConfig } from '../../test/test-config.ts'

/** Known numbers, as a clerk types them, and the canonical form the API stores (encrypted). */
const people = [
  { name: '王秀英', typed: '370502198206093573', canonical: '370502198206093573' },
  { name: '李建国', typed: '37052319781102029x', canonical: '37052319781102029X' },
  // A 15-digit number of 1989: upgraded to 18 characters (19 inserted, check digit added).
  { name: '张桂兰', typed: '370521580704031', canonical: '370521195807040317' },
]
const owner = { name: '赵大海', typed: '37052119650315124x', canonical: '37052119650315124X' }
const everyone = [...people, owner]
const revealReason = '办理低保核对（导出检查）'

let cluster: DebianPostgres | undefined
let db: TDb | undefined
let app: TApp | undefined
let dump = ''
let revealed: unknown
const residentIds: string[] = []

beforeAll(async () => {
  cluster = await startDebianPostgres({ database: 'cr_dump' })
  await applyMigrations({ connectionString: cluster.connectionString })
  db = createDb({ connectionString: cluster.connectionString, applicationName: 'cr-test' })
  app = await buildApp({ config: testConfig(), db, logger: false })
  await app.ready()

  const committee = await seedCommittee(db.prisma)
  const clerk = await seedUser(db.prisma, { role: 'clerk', committeeIds: [committee.id] })
  const auth = await signIn(app, clerk.username)
  let key = 0
  const post = async (url: string, payload: object) => {
    const response = await app!.inject({
      method: 'POST',
      url: `/api/v1${url}`,
      // Idempotency keys, so the stored answers (idempotency_key) are in the dump too.
      headers: { ...auth, 'idempotency-key': `dump-test-${++key}` },
      payload,
    })
    if (response.statusCode >= 300)
      throw new Error(`POST ${url}: ${response.statusCode} ${response.body}`)
    return response.json()
  }

  for (const person of people) {
    const resident = await post('/residents', {
      committeeId: committee.id,
      name: person.name,
      idNumber: person.typed,
    })
    expect(resident.idNumberMasked).toBe(maskIdNumber(person.canonical))
    residentIds.push(resident.id)
  }
  const building = await post('/buildings', {
    committeeId: committee.id,
    street: '胜利路',
    buildingNumber: '18号楼',
    estateName: '阳光小区',
  })
  const dwelling = await post('/dwellings', {
    buildingId: building.id,
    unit: '2',
    room: '502',
    ownerName: owner.name,
    ownerIdNumber: owner.typed,
  })
  expect(dwelling.owner.idNumberMasked).toBe(maskIdNumber(owner.canonical))
  revealed = await post(`/residents/${residentIds[1]}/reveal`, {
    field: 'idNumber',
    reason: revealReason,
  })

  dump = await cluster.pgDump(['--format=plain', '--encoding=UTF8'])
}, 60_000)

afterAll(async () => {
  await app?.close()
  await db?.close()
  await cluster?.stop()
})

describe('pg_dump of a database with residents', () => {
  it('is a complete dump, by a pg_dump of the server’s own version', () => {
    const server = /^-- Dumped from database version (\d+)\./m.exec(dump)?.[1]
    const client = /^-- Dumped by pg_dump version (\d+)\./m.exec(dump)?.[1]
    expect(server).toBe(String(cluster!.majorVersion))
    expect(client).toBe(String(cluster!.majorVersion))
    expect(dump).toMatch(/^-- PostgreSQL database dump complete$/m)
  })

  it('holds the data written through the API: names, masked numbers, the reveal (control)', () => {
    // So the checks below cannot pass on an empty or schema-only dump.
    for (const person of everyone) {
      expect(dump).toContain(person.name)
      expect(dump).toContain(maskIdNumber(person.canonical)) // e.g. 370502********3573
    }
    for (const table of ['resident', 'dwelling', 'idempotency_key', 'audit_event'])
      expect(dump).toMatch(new RegExp(`^COPY public\\.${table} \\(`, 'm'))
    for (const id of residentIds) expect(dump).toContain(id)
    expect(dump).toContain(revealReason) // the reveal's audit row
    expect(dump).toContain(`/api/v1/residents/${residentIds[1]}/reveal`) // its idempotency row
    // The reveal really returned the number: it was decrypted, then kept out of the database.
    expect(revealed).toEqual({ field: 'idNumber', value: people[1]!.canonical })
  })

  it('contains none of the ID numbers in the clear, in any case, nor a 15-digit original', () => {
    // The canonical number, with a lower-case x, without its check character, and as typed.
    const found = idNumberForms(everyone).filter((form) => dump.includes(form))
    expect(found).toEqual([])
  })

  it('contains nothing at all that reads as a valid 18-character ID number', () => {
    expect(validIdNumbersIn(dump)).toEqual([])
  })
})
