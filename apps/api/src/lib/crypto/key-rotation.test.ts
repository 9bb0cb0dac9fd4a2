import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDb } from '@cr/db/client'
import { createTestDatabase } from '@cr/db/testing/test-databases'
import { buildApp, type TApp } from '../../app.ts'
import { apiRequest, seedCommitteeClerk, type TAuth } from '../../test/api-request.ts'
import {
  seedBuilding,
  seedDwelling,
  seedResident,
  seedUser,
  testIdNumber,
} from '../../test/factories.ts'
import type { TTestContext } from '../../test/test-app.ts'
import { testConfig } from '../../test/test-config.ts'
import type { TDb } from '../db-types.ts'
import { newId } from '../ids.ts'
import { createFieldCipher, type TFieldKeys } from './field-cipher.ts'
import { waitForReindex } from '../../imports/wait-for-reindex.ts'
import { fieldKeyRotationPending, rotateFieldKeys } from './key-rotation.ts'

const keys = (version: number): TFieldKeys => ({
  version,
  encryptionKey: randomBytes(32),
  indexKey: randomBytes(32),
})
const v1 = keys(1)
const v2 = keys(2)
const quiet = { info: () => undefined, warn: () => undefined }

/** Every encrypted value's first byte (its key version), per column. */
const versionsIn = async (db: TDb) => {
  const { rows } = await db.pool.query<{ col: string; version: number; n: string }>(
    `SELECT 'resident.id_number' AS col, get_byte(id_number_cipher, 0) AS version, count(*) AS n FROM resident GROUP BY 2
     UNION ALL SELECT 'resident.phone', get_byte(phone_cipher, 0), count(*) FROM resident WHERE phone_cipher IS NOT NULL GROUP BY 2
     UNION ALL SELECT 'dwelling.owner', get_byte(owner_id_number_cipher, 0), count(*) FROM dwelling WHERE owner_id_number_cipher IS NOT NULL GROUP BY 2
     UNION ALL SELECT 'subsidy_case.bank', get_byte(bank_account_cipher, 0), count(*) FROM subsidy_case WHERE bank_account_cipher IS NOT NULL GROUP BY 2
     UNION ALL SELECT 'patrol_questioning', get_byte(id_number_cipher, 0), count(*) FROM patrol_questioning WHERE id_number_cipher IS NOT NULL GROUP BY 2
     UNION ALL SELECT 'import_file', get_byte(content, 0), count(*) FROM import_file WHERE encrypted GROUP BY 2
     UNION ALL SELECT 'import_record', get_byte(decode(before->>'phoneCipher', 'base64'), 0), count(*) FROM import_record WHERE before ? 'phoneCipher' GROUP BY 2
     UNION ALL SELECT 'patrol_photo', get_byte(bytes, 0), count(*) FROM patrol_photo GROUP BY 2
     ORDER BY 1, 2`,
  )
  return rows.map((r) => `${r.col}@${r.version}×${r.n}`)
}

/**
 * Rotation under load: a database written under version 1, then an app on version 2 (version
 * 1 kept as previous, a new index key) re-encrypting and re-indexing in small batches — its own
 * background run and this test's run at once — while people are registered, searched by ID
 * number and read through the app.
 */
describe('field-key rotation under load', () => {
  let db: TDb
  let drop: () => Promise<void>
  let app: TApp
  let context: TTestContext
  const people = new Map<string, string>() // id → ID number as written
  const people120 = { ids: 0, phones: 0 } // what was written under version 1
  const file = Buffer.from('身份证号,姓名\n370521194001010011,张三\n')
  const photo = randomBytes(2000)
  let ids: { dwelling: string; subsidy: string; questioning: string; job: string; photo: string }

  beforeAll(async () => {
    const created = await createTestDatabase()
    drop = created.drop
    db = createDb({ connectionString: created.connectionString, applicationName: 'cr-test' })
    // Version 1: written straight with the factories and the v1 cipher (no app needed).
    const old = createFieldCipher(v1)
    const p = db.prisma
    const { committee } = {
      committee: await p.committee.create({
        data: { id: newId(), name: `轮换${newId().slice(0, 6)}`, code: `K${newId().slice(0, 6)}` },
      }),
    }
    for (let i = 0; i < 120; i++) {
      const idNumber = testIdNumber()
      if ([...people.values()].includes(idNumber)) continue
      const row = await seedResident(p, old, {
        committeeId: committee.id,
        idNumber,
        phone: i % 2 ? `139${String(10_000_000 + i)}` : null,
      })
      people.set(row.id, idNumber)
      people120.ids++
      if (row.phoneCipher) people120.phones++
    }
    const building = await seedBuilding(p, { committeeId: committee.id })
    const dwelling = await seedDwelling(p, { buildingId: building.id })
    await p.dwelling.update({
      where: { id: dwelling.id },
      data: { ownerIdNumberCipher: old.encrypt('370521194001010011') },
    })
    const [head] = [...people.keys()]
    const household = await p.household.create({
      data: {
        id: newId(),
        committeeId: committee.id,
        dwellingId: dwelling.id,
        headResidentId: head!,
      },
    })
    const subsidy = await p.subsidyCase.create({
      data: {
        id: newId(),
        committeeId: committee.id,
        householdId: household.id,
        applicantId: head!,
        appliedOn: new Date('2026-03-01'),
        stageEnteredOn: new Date('2026-03-01'),
        hardshipReason: 'illness',
        bankAccountCipher: old.encrypt('6222020200112233445'),
        bankAccountLast4: '3445',
      },
    })
    const team = await p.patrolTeam.create({
      data: { id: newId(), committeeId: committee.id, kind: 'volunteer', name: '夜巡队' },
    })
    const log = await p.patrolLog.create({
      data: {
        id: newId(),
        committeeId: committee.id,
        date: new Date('2026-03-02'),
        start: '20:00',
        teamId: team.id,
        source: 'web',
      },
    })
    const questioning = await p.patrolQuestioning.create({
      data: {
        id: newId(),
        logId: log.id,
        position: 0,
        grounds: [],
        outcome: 'released',
        idNumberCipher: old.encrypt('370521194001010011'),
      },
    })
    const user = await seedUser(p, { role: 'clerk', committeeIds: [committee.id] })
    const job = await p.importJob.create({
      data: {
        id: newId(),
        type: 'residents',
        status: 'committed',
        fileName: 'a.csv',
        fileSha256: 'x',
        fileBytes: file.length,
        options: {},
        counts: {},
        createdByType: 'user',
        createdById: user.id,
        createdByName: user.displayName,
      },
    })
    await p.importFile.create({
      data: {
        jobId: job.id,
        encrypted: true,
        content: new Uint8Array(old.encryptBytes(file, `import_file:${job.id}`)),
      },
    })
    const phoned = [...people.entries()].find(([id]) => id !== head)!
    await p.importRecord.create({
      data: {
        jobId: job.id,
        entityType: 'resident',
        entityId: phoned[0],
        action: 'update',
        versionAfter: 2,
        before: {
          name: '旧名',
          phoneCipher: Buffer.from(old.encrypt('13900000001')).toString('base64'),
          phoneHash: old.blindIndex('13900000001'),
        },
      },
    })
    const photoId = newId()
    await p.patrolPhoto.create({
      data: {
        id: photoId,
        committeeId: committee.id,
        contentType: 'image/jpeg',
        size: photo.length,
        bytes: new Uint8Array(old.encryptBytes(photo, `patrol_photo:${photoId}`)),
      },
    })
    ids = {
      dwelling: dwelling.id,
      subsidy: subsidy.id,
      questioning: questioning.id,
      job: job.id,
      photo: photoId,
    }

    // Version 2, with version 1 kept to read; the test runs the rotation itself.
    app = await buildApp({
      config: testConfig({ fieldKeys: v2, previousFieldKeys: [v1], fieldKeyRotation: 'off' }),
      db,
      logger: false,
    })
    await app.ready()
    context = { app, db, connectionString: created.connectionString }
  }, 120_000)

  afterAll(async () => {
    await app?.close()
    await db?.close()
    await drop?.()
  })

  it('re-encrypts and re-indexes everything while requests go on, and a second run does nothing', async () => {
    expect((await versionsIn(db)).some((v) => v.includes('@1×'))).toBe(true)
    // An import would wait for the re-index (here: gives up at once, as a queue's job would).
    await expect(waitForReindex(db, app.cipher, { pollMs: 5, maxWaitMs: 20 })).rejects.toThrow(
      /re-indexed/,
    )
    const api = apiRequest(() => context)
    const { committee, auth } = await seedCommitteeClerk(context)
    const supervisor = await seedUser(db.prisma, { role: 'supervisor' })
    const { signIn } = await import('../../test/sign-in.ts')
    const all = (await signIn(app, supervisor.username)) as TAuth
    const oldPeople = [...people.entries()]

    // A run stopped after its first batch (the server closing) keeps what it did; the next
    // runs carry on from there.
    const stop = new AbortController()
    // A connection of the pool seen through a wrapper (the pooled client itself unchanged).
    const stopping = {
      pool: {
        connect: async () => {
          const client = await db.pool.connect()
          return {
            query: async (text: string, values?: unknown[]) => {
              const result = await client.query(text, values)
              if (text === 'COMMIT') stop.abort()
              return result
            },
            release: () => client.release(),
          }
        },
      },
    } as unknown as TDb
    const partial = await rotateFieldKeys(
      { db: stopping, cipher: app.cipher, log: quiet },
      { batchRows: 7, signal: stop.signal },
    )
    expect(partial.reencrypted).toBeGreaterThanOrEqual(7)
    expect(partial.reencrypted).toBeLessThan(14 + 1)
    expect(await fieldKeyRotationPending(db, app.cipher)).toBe(true)

    // Two runs at once (two processes would do the same): they share the rows.
    let rotating = true
    const run = () => rotateFieldKeys({ db, cipher: app.cipher, log: quiet }, { batchRows: 3 })
    const rotation = Promise.all([run(), run()]).finally(() => {
      rotating = false
    })
    const failures: string[] = []
    let duringRotation = 0
    const load = async (worker: number) => {
      for (let i = 0; rotating || i < 3; i++) {
        // Someone registered before the rotation: found by the ID number, read, and refused
        // as a second registration whichever key their row's hash is under.
        const [id, idNumber] = oldPeople[(worker * 37 + i * 11) % oldPeople.length]!
        const found = await api(all, 'POST', '/residents/search', { idNumber })
        if (rotating) duringRotation++
        if (found.json().items?.[0]?.id !== id) failures.push(`search ${idNumber}: ${found.body}`)
        const read = await api(all, 'GET', `/residents/${id}`)
        if (read.statusCode !== 200) failures.push(`read ${id}: ${read.statusCode}`)
        // A new person: written under version 2 at once.
        const fresh = testIdNumber()
        const made = await api(auth, 'POST', '/residents', {
          committeeId: committee.id,
          name: `新居民${worker}${i}`,
          idNumber: fresh,
          phone: `1370000${String(worker * 1000 + i).padStart(4, '0')}`,
        })
        if (made.statusCode === 201) people.set(made.json().id, fresh)
        else if (made.statusCode !== 409) failures.push(`create: ${made.statusCode} ${made.body}`)
        const twice = await api(auth, 'POST', '/residents', {
          committeeId: committee.id,
          name: '重复',
          idNumber,
        })
        if (twice.statusCode !== 409) failures.push(`duplicate of ${idNumber}: ${twice.statusCode}`)
      }
    }
    await Promise.all([load(0), load(1), load(2)])
    const [a, b] = await rotation
    expect(failures).toEqual([])
    // Searches answered while rows were being re-keyed (each worker's first, at least).
    expect(duringRotation).toBeGreaterThanOrEqual(3)
    // Each value once, by one run or the other: 120 ID numbers and 60 phones (re-indexed too),
    // an owner's ID number, a bank account, a 盘查, an upload, a photo, an undo snapshot's phone.
    const sum = (key: 'reencrypted' | 'reindexed') => partial[key] + a![key] + b![key]
    expect(sum('reencrypted')).toBe(people120.ids + people120.phones + 6)
    expect(sum('reindexed')).toBe(people120.ids + people120.phones + 1)
    expect(a!.reencrypted * b!.reencrypted).toBeGreaterThan(0)

    expect((await versionsIn(db)).filter((v) => !v.includes('@2×'))).toEqual([])
    // Every ID number decrypts to what was written, under the current index key, and is found.
    const rows = await db.prisma.resident.findMany({
      select: { id: true, idNumberCipher: true, idNumberHash: true },
    })
    const fromNow = createFieldCipher(v2)
    for (const row of rows) {
      const written = people.get(row.id)
      if (!written) continue
      expect(app.cipher.decrypt(row.idNumberCipher)).toBe(written)
      expect(row.idNumberHash).toBe(fromNow.blindIndex(written))
    }
    expect(rows.filter((r) => people.has(r.id)).length).toBe(people.size)
    for (const [id, idNumber] of [...people.entries()].filter((_, i) => i % 9 === 0)) {
      const found = await api(all, 'POST', '/residents/search', { idNumber })
      expect(found.json().items.map((r: { id: string }) => r.id)).toEqual([id])
    }
    // No one twice: one live row per ID number.
    const { rows: twice } = await db.pool.query(
      `SELECT id_number_hash FROM resident WHERE deleted_at IS NULL GROUP BY 1 HAVING count(*) > 1`,
    )
    expect(twice).toEqual([])
    // The other values read back under version 2.
    const p = db.prisma
    const dwelling = await p.dwelling.findUniqueOrThrow({ where: { id: ids.dwelling } })
    expect(fromNow.decrypt(dwelling.ownerIdNumberCipher!)).toBe('370521194001010011')
    const subsidy = await p.subsidyCase.findUniqueOrThrow({ where: { id: ids.subsidy } })
    expect(fromNow.decrypt(subsidy.bankAccountCipher!)).toBe('6222020200112233445')
    const questioning = await p.patrolQuestioning.findUniqueOrThrow({
      where: { id: ids.questioning },
    })
    expect(fromNow.decrypt(questioning.idNumberCipher!)).toBe('370521194001010011')
    const stored = await p.importFile.findUniqueOrThrow({ where: { jobId: ids.job } })
    expect(fromNow.decryptBytes(stored.content, `import_file:${ids.job}`).equals(file)).toBe(true)
    const photoRow = await p.patrolPhoto.findUniqueOrThrow({ where: { id: ids.photo } })
    expect(fromNow.decryptBytes(photoRow.bytes, `patrol_photo:${ids.photo}`).equals(photo)).toBe(
      true,
    )
    const record = await p.importRecord.findFirstOrThrow({ where: { jobId: ids.job } })
    const before = record.before as { phoneCipher: string; phoneHash: string; name: string }
    expect(fromNow.decrypt(Buffer.from(before.phoneCipher, 'base64'))).toBe('13900000001')
    expect(before).toMatchObject({ name: '旧名', phoneHash: fromNow.blindIndex('13900000001') })

    expect(await fieldKeyRotationPending(db, app.cipher)).toBe(false)
    await waitForReindex(db, app.cipher, { pollMs: 5, maxWaitMs: 20 })
    expect(await rotateFieldKeys({ db, cipher: app.cipher, log: quiet }, { batchRows: 7 })).toEqual(
      {
        reencrypted: 0,
        reindexed: 0,
      },
    )
  }, 120_000)

  it('runs in the background of a server started with older versions configured', async () => {
    const committee = await db.prisma.committee.findFirstOrThrow()
    const late = await seedResident(db.prisma, createFieldCipher(v1), {
      committeeId: committee.id,
    })
    expect(await fieldKeyRotationPending(db, app.cipher)).toBe(true)
    const server = await buildApp({
      config: testConfig({ fieldKeys: v2, previousFieldKeys: [v1] }),
      db,
      logger: false,
    })
    await server.ready()
    try {
      for (let i = 0; i < 100 && (await fieldKeyRotationPending(db, server.cipher)); i++)
        await new Promise((resolve) => setTimeout(resolve, 50))
      const row = await db.prisma.resident.findUniqueOrThrow({ where: { id: late.id } })
      expect(row.idNumberCipher[0]).toBe(2)
    } finally {
      await server.close()
    }
  })

  it('replays a write whose Idempotency-Key was stored under the older index key', async () => {
    const before = await buildApp({
      config: testConfig({ fieldKeys: v1, fieldKeyRotation: 'off' }),
      db,
      logger: false,
    })
    try {
      const { committee, auth } = await seedCommitteeClerk({ ...context, app: before })
      const idNumber = testIdNumber()
      const send = (server: TApp) =>
        server.inject({
          method: 'POST',
          url: '/api/v1/residents',
          headers: { ...auth, 'idempotency-key': 'rotation-replay-0001' },
          payload: { committeeId: committee.id, name: '重放', idNumber },
        })
      const first = await send(before)
      expect(first.statusCode, first.body).toBe(201)
      const again = await send(app)
      expect(again.statusCode, again.body).toBe(201)
      expect(again.headers['idempotent-replayed']).toBe('true')
    } finally {
      await before.close()
    }
  })
})
