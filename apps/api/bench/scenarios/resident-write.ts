// A clerk's ordinary writes on one community's registry (fixtures/community.ts: 6,000 residents):
//
// - update: PATCH /api/v1/residents/:id with If-Match (new phone and notes) — authentication,
//   validation, write()'s transaction: the read model's row before, the versioned UPDATE, the row
//   after, the audit row with both — against the same statements through plain pg in one
//   transaction (the read model's own SELECT, an UPDATE … WHERE version = $n, the audit INSERT).
// - create: POST /api/v1/residents (a new, valid ID number each time) — the committee and
//   ID-number checks, the INSERT with the encrypted number and blind index, the row read back,
//   the audit row — against the same checks, INSERT, read and audit INSERT through pg.
//
// Both sides take residents (update) or ID numbers (create) from one shared counter, so no two
// requests in flight touch the same row and every If-Match names the version the previous write
// left (a failed write desynchronises it and shows as errors). The test cluster runs with
// fsync=off and synchronous_commit=off: a commit here costs no disk flush, so these rows are an
// upper bound of what a production disk allows (see ARCHITECTURE.md, From one office to a city).
import type { TResident } from '@cr/shared/residents/resident'
import { writeAuditSql } from '../../src/lib/audit.ts'
import { sqlTransaction } from '../../src/lib/sql-transaction.ts'
import { residentPhone, residentRowData } from '../../src/modules/residents/resident-row.ts'
import { getResident } from '../../src/modules/residents/residents.read.ts'
import { communityFixture, idNumberAt, type TCommunityFixture } from '../fixtures/community.ts'
import type { TBenchContext } from '../scenario.ts'
import { defineScenario } from '../scenario.ts'
import { assert, httpJson } from './checks.ts'

/** Any fixed day: the DTO's age is all it changes. */
const today = '2026-11-30'
const meta = { requestId: 'bench', clientIp: '127.0.0.1' }

/** A different valid mobile number per write. */
const phoneAt = (n: number) => `138${String(n % 100_000_000).padStart(8, '0')}`

type TUpdateState = TCommunityFixture & { versions: Int32Array; next: number }

/** The next resident to change and the version the last write of it left. */
const takeResident = (s: TUpdateState) => {
  const n = s.next++
  const k = n % s.residentIds.length
  const version = s.versions[k]!
  s.versions[k] = version + 1
  return { n, id: s.residentIds[k]!, version }
}

const actorOf = (f: TCommunityFixture) => ({
  type: 'user' as const,
  id: f.clerk.id,
  name: f.clerk.name,
})
const scopeOf = (f: TCommunityFixture) => ({
  allCommittees: false,
  committeeIds: f.clerk.committeeIds,
})

export const residentUpdate = defineScenario({
  name: 'resident write: update (clerk, If-Match)',
  describe:
    'PATCH /api/v1/residents/:id {phone, notes} with If-Match as the clerk (6,000 residents in ' +
    'turn) vs BEGIN; read model SELECT; UPDATE … WHERE version; SELECT; audit INSERT; COMMIT (pg)',
  setup: async (ctx: TBenchContext): Promise<TUpdateState> => {
    const f = await communityFixture(ctx)
    return { ...f, versions: new Int32Array(f.residentIds.length).fill(1), next: 0 }
  },
  ours: (_ctx, s) => {
    const { n, id, version } = takeResident(s)
    return {
      method: 'PATCH',
      path: `/api/v1/residents/${id}`,
      headers: { cookie: s.clerk.cookie, 'if-match': `"${version}"` },
      body: { phone: phoneAt(n), notes: `基准修改 ${n}` },
    }
  },
  baseline: (ctx, s) => {
    const { n, id, version } = takeResident(s)
    return () =>
      sqlTransaction(ctx.pg, async (c) => {
        const scope = scopeOf(s)
        const before = await getResident(c, scope, id, today)
        const phone = residentPhone(s.cipher, phoneAt(n))
        const updated = await c.query(
          `UPDATE resident SET phone_cipher = $1, phone_hash = $2, phone_masked = $3,
             phone_last4 = $4, notes = $5, version = version + 1, updated_at = now()
           WHERE id = $6 AND version = $7 AND deleted_at IS NULL AND committee_id = ANY($8::uuid[])`,
          [
            phone.phoneCipher,
            phone.phoneHash,
            phone.phoneMasked,
            phone.phoneLast4,
            `基准修改 ${n}`,
            id,
            version,
            scope.committeeIds,
          ],
        )
        if (updated.rowCount !== 1) throw new Error(`pg: version ${version} of ${id} is stale`)
        const after = await getResident(c, scope, id, today)
        await writeAuditSql(c, actorOf(s), meta, {
          action: 'update',
          entityType: 'resident',
          entityId: id,
          committeeId: after.committee.id,
          before,
          after,
        })
        return { before, after }
      })
  },
  check: (s, ours, baseline) => {
    const body = httpJson<TResident>(ours)
    const pg = baseline as { before: TResident; after: TResident }
    assert(body.id === s.residentIds[0] && body.version === 2, `ours: version ${body.version}`)
    assert(body.notes === '基准修改 0' && body.phoneMasked, 'ours did not store the change')
    assert(pg.before.version === 1 && pg.after.version === 2, `pg: version ${pg.after.version}`)
    assert(pg.after.notes === '基准修改 1' && pg.after.phoneMasked, 'pg did not store the change')
  },
})

type TCreateState = TCommunityFixture

/** The next unused ID number (both sides draw from the fixture's counter). */
const takeIdNumber = (s: TCreateState) => {
  const n = s.nextIdNumber++
  return { n, idNumber: idNumberAt(n) }
}

export const residentCreate = defineScenario({
  name: 'resident write: create (clerk)',
  describe:
    'POST /api/v1/residents (a new ID number each) as the clerk vs BEGIN; committee and ' +
    'ID-number checks; INSERT resident; read model SELECT; audit INSERT; COMMIT (pg)',
  // The fixture object itself: its ID-number counter is the one every create draws from.
  setup: (ctx: TBenchContext): Promise<TCreateState> => communityFixture(ctx),
  ours: (_ctx, s) => {
    const { n, idNumber } = takeIdNumber(s)
    return {
      method: 'POST',
      path: '/api/v1/residents',
      headers: { cookie: s.clerk.cookie },
      body: { committeeId: s.committeeId, name: `新居民${n}`, idNumber },
      expect: 201,
    }
  },
  baseline: (ctx, s) => {
    const { n, idNumber } = takeIdNumber(s)
    return () =>
      sqlTransaction(ctx.pg, async (c) => {
        const committee = await c.query(
          'SELECT count(*)::int AS n FROM committee WHERE id = $1 AND deleted_at IS NULL',
          [s.committeeId],
        )
        if (committee.rows[0].n !== 1) throw new Error('pg: committee not found')
        const row = residentRowData(s.cipher, {
          committeeId: s.committeeId,
          name: `新居民${n}`,
          idNumber,
          phone: null,
          tags: [],
        })
        const taken = await c.query(
          `SELECT r.id, r.name, r.committee_id, c.name AS committee_name
           FROM resident r JOIN committee c ON c.id = r.committee_id
           WHERE r.id_number_hash = $1 AND r.deleted_at IS NULL LIMIT 1`,
          [row.idNumberHash],
        )
        if (taken.rowCount) throw new Error('pg: ID number taken')
        await c.query(
          `INSERT INTO resident (id, committee_id, name, name_bigrams, id_number_cipher,
             id_number_hash, id_number_masked, id_number_last4, id_kind, sex, birth_date,
             residence, tags, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'here', $12, now())`,
          [
            row.id,
            row.committeeId,
            row.name,
            row.nameBigrams,
            row.idNumberCipher,
            row.idNumberHash,
            row.idNumberMasked,
            row.idNumberLast4,
            row.idKind,
            row.sex,
            row.birthDate,
            row.tags,
          ],
        )
        const after = await getResident(c, scopeOf(s), row.id!, today)
        await writeAuditSql(c, actorOf(s), meta, {
          action: 'create',
          entityType: 'resident',
          entityId: row.id,
          committeeId: s.committeeId,
          after,
        })
        return after
      })
  },
  check: (s, ours, baseline) => {
    const body = httpJson<TResident>(ours)
    const pg = baseline as TResident
    assert(body.name === `新居民${s.residentIds.length}` && body.version === 1, 'ours: not created')
    assert(pg.name === `新居民${s.residentIds.length + 1}` && pg.version === 1, 'pg: not created')
    assert(body.committee.id === pg.committee.id, 'created in different committees')
  },
})
