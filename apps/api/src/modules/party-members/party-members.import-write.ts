import { copyRow } from '../../lib/copy-text.ts'
import type { TFieldCipher } from '../../lib/crypto/field-cipher.ts'
import { AppError } from '../../lib/errors.ts'
import type { TLedgerWriter, TWriteStageContext } from '../../imports/ledger-type.ts'
import {
  auditFrom,
  count,
  problemsOf,
  recordFrom,
  run,
  stageColumnsSql,
  type TStagedColumn,
} from '../../imports/staged-sql.ts'
import { newId } from '../../lib/ids.ts'
import {
  matchPeople,
  peopleStagedColumns,
  peopleStageState,
  placeNewPeople,
  registerPeople,
  stagedPerson,
  undoPeople,
} from '../residents/people.import.ts'
import { partyOrganizationScopeSql } from '../../lib/party-scope.ts'
import type { TRosterRecord } from './party-members.import.ts'

/**
 * The roster's write side: the person columns through the people face (people.import.ts: new
 * people are registered, undo takes them back), then the member: the branch found by name in the tree (unknown or ambiguous
 * names are row problems), a member already on the roster left as is (life-cycle changes are
 * actions, not imports), new members written with their joined/confirmed events and audit rows
 * and the 党费交至 and 每月党费 the roster states (the months up to 党费交至 owe nothing here).
 */
const memberColumns = [
  ['member_id', 'text'],
  ['branch_name', 'text'],
  ['member_status', 'text'],
  ['joined_on', 'date'],
  ['full_on', 'date'],
  ['member_category', 'text'],
  ['dues_paid_through', 'text'],
  ['dues_standard_fen', 'int'],
  ['member_notes', 'text'],
] as const satisfies readonly TStagedColumn[]

const stagedColumns = [...peopleStagedColumns, ...memberColumns] as const
const stagedKinds = stagedColumns.map(([, kind]) => kind)

const stageTableSql = `CREATE TEMP TABLE stage (
  ${stageColumnsSql(stagedColumns)},
  ${peopleStageState},
  organization_id uuid, existing_member boolean NOT NULL DEFAULT false
) ON COMMIT DROP`

const check = async (ctx: TWriteStageContext) => {
  const problems = await matchPeople(ctx)
  // A roster kept by the 党工委 has no 居委会: new people are placed by their 家庭住址.
  problems.push(...(await placeNewPeople(ctx)))
  // Branches and groups by name among those in the actor's party scope (a branch of another
  // committee is unknown, as if it did not exist); a name used twice there is ambiguous.
  const params: unknown[] = []
  const inScope = partyOrganizationScopeSql(ctx.actor, 'o', (value) => {
    params.push(value)
    return `$${params.length}`
  })
  const named = `SELECT o.name, o.id FROM party_organization o
    WHERE o.level IN ('branch', 'group') AND ${inScope}`
  await ctx.client.query(
    `UPDATE stage s SET organization_id = o.id
     FROM (SELECT name, min(id::text)::uuid AS id, count(*) AS n FROM (${named}) n GROUP BY name) o
     WHERE o.name = s.branch_name AND o.n = 1`,
    params,
  )
  problems.push(
    ...(await problemsOf(
      ctx,
      `UPDATE stage s SET problem = true WHERE organization_id IS NULL AND NOT problem
       RETURNING row_number AS "rowNumber", 'branch' AS field,
         CASE WHEN (SELECT count(*) FROM (${named}) n WHERE n.name = s.branch_name) > 1
              THEN 'party_branch_ambiguous' ELSE 'party_branch_unknown' END AS code`,
      params,
    )),
  )
  await ctx.client.query(`UPDATE stage s SET existing_member = true
    FROM party_member m WHERE m.resident_id = s.resident_id AND m.deleted_at IS NULL`)
  return problems
}

const write = async (ctx: TWriteStageContext) => {
  const existing = await count(ctx, `SELECT 1 FROM stage WHERE existing_member AND NOT problem`)
  await ctx.client.query(`UPDATE stage SET problem = true WHERE existing_member`)
  await registerPeople(ctx)
  await run(
    ctx,
    `WITH created AS (
       INSERT INTO party_member (id, resident_id, organization_id, committee_id, status, state,
         category, joined_on, full_membership_on, dues_settled_through, dues_standard_fen, notes,
         version, created_at, updated_at)
       SELECT member_id, resident_id, organization_id, COALESCE(resident_committee_id, committee_id),
         member_status, 'active', member_category, joined_on, full_on, dues_paid_through,
         COALESCE(dues_standard_fen, 0), member_notes, 1, now(), now()
       FROM stage WHERE NOT problem
       RETURNING *),
     records AS (${recordFrom('created', 'party_member', 'create')}),
     audit AS (${auditFrom('created', { action: 'create', entityType: 'party_member', after: `jsonb_build_object('residentId', created.resident_id, 'organizationId', created.organization_id, 'status', created.status, 'joinedOn', created.joined_on, 'duesSettledThrough', created.dues_settled_through)` })}),
     events AS (
       INSERT INTO party_member_event (id, member_id, type, occurred_on, actor_name, recorded_at)
       SELECT uuid_v7(), id, 'joined', joined_on, $3, now() FROM created
       UNION ALL
       SELECT uuid_v7(), id, 'confirmed', full_membership_on, $3, now() FROM created
       WHERE full_membership_on IS NOT NULL
       RETURNING id)
     INSERT INTO import_record (job_id, entity_type, entity_id, action, version_after)
     SELECT $7::uuid, 'party_member_event', id, 'create', 1 FROM events`,
  )
  const members = await count(
    ctx,
    `SELECT 1 FROM import_record WHERE job_id = $1 AND entity_type = 'party_member'`,
    [ctx.jobId],
  )
  return { created: members, updated: 0, unchanged: 0, skipped: existing }
}

/** Members (and their events) first, then the people the roster registered. */
const undo: TLedgerWriter<TRosterRecord>['undo'] = async (ctx) => {
  const changed = await ctx.client.query(
    `SELECT 1 FROM import_record i LEFT JOIN party_member m ON m.id = i.entity_id
     WHERE i.job_id = $1 AND i.entity_type = 'party_member'
       AND (m.id IS NULL OR m.version <> i.version_after OR m.deleted_at IS NOT NULL
         OR EXISTS (SELECT 1 FROM party_member_event e WHERE e.member_id = m.id
           AND NOT EXISTS (SELECT 1 FROM import_record j WHERE j.job_id = $1 AND j.entity_id = e.id))
         OR EXISTS (SELECT 1 FROM party_dues_payment p WHERE p.member_id = m.id))
     LIMIT 1`,
    [ctx.jobId],
  )
  if (changed.rowCount) throw new AppError('import_undo_conflict', 409)
  await ctx.client.query(
    `DELETE FROM party_member_event t USING import_record i
     WHERE i.job_id = $1 AND i.entity_type = 'party_member_event' AND t.id = i.entity_id`,
    [ctx.jobId],
  )
  await run(
    ctx,
    `WITH gone AS (
       DELETE FROM party_member t USING import_record i
       WHERE i.job_id = $7 AND i.entity_type = 'party_member' AND t.id = i.entity_id
       RETURNING t.*)
     ${auditFrom('gone', { action: 'delete', entityType: 'party_member', before: `jsonb_build_object('residentId', gone.resident_id)` })}`,
  )
  await undoPeople(ctx)
}

export const partyRosterWriter = (cipher: TFieldCipher): TLedgerWriter<TRosterRecord> => ({
  stageTableSql,
  copySql: `COPY stage (${stagedColumns.map(([c]) => c).join(', ')}) FROM STDIN`,
  copyLine: (rowNumber, record) => {
    const { member } = record
    return copyRow(
      [
        ...stagedPerson(cipher, rowNumber, record),
        newId(),
        member.branchName,
        member.status,
        member.joinedOn,
        member.fullMembershipOn,
        member.category,
        member.duesPaidThrough,
        member.duesStandardFen,
        member.notes,
      ],
      stagedKinds,
    )
  },
  check,
  write,
  undo,
})
