import { buildingKeyOf, parseAddressText, type TAddressParts } from '@cr/shared/places/address-text'
import { ZBuildingCreate } from '@cr/shared/places/building'
import { ZDwellingCreate } from '@cr/shared/places/dwelling'
import { z } from 'zod'
import type { TBuildIssue, TColumnGroup, TFieldDef } from '../../imports/ledger-type.ts'
import { numberish, plainText, withoutSuffix } from '../../imports/normalise-text.ts'
import { AppError } from '../../lib/errors.ts'
import {
  auditFrom,
  problemsOf,
  recordFrom,
  run,
  type TStagedColumn,
} from '../../imports/staged-sql.ts'
import type { TStagedProblem, TWriteStageContext } from '../../imports/ledger-type.ts'

/**
 * The dwelling of a rental ledger's row (出租房屋台账, 暂住人口登记): one cell as offices write it
 * (`永兴路3号楼2单元301`, `永兴路3-2-301`, full-width digits; `parseAddressText`), or the
 * residents ledger's split columns (街路巷, 楼号, 单元, 室号). Placed in the places tree by the
 * committee the row names (or the import's), else by a building the tree already knows on that
 * street with that number — one building, in the importer's scope —, else the row is a problem:
 * never a guess. Missing buildings and dwellings of a placed row are created, as the residents
 * import creates them, and taken back by undo.
 */

export type TPlaceField = 'address' | 'street' | 'buildingNumber' | 'unit' | 'room'

const field = (def: TFieldDef<TPlaceField>) => def

/** The one-cell address, headed as the ledger heads it; the split columns as residents have them. */
export const placeFields = (address: {
  label: string
  synonyms: readonly string[]
  hint: string
}) => [
  field({ key: 'address', ...address, normalise: plainText }),
  field({
    key: 'street',
    template: false,
    hint: '地址分列填写时必填，如 永兴路',
    label: '街路巷',
    synonyms: ['街路', '街巷', '道路', '路名', '街路巷名称', '所在街路', '街路名称'],
    normalise: numberish,
  }),
  field({
    key: 'buildingNumber',
    template: false,
    hint: '地址分列填写时必填，如 3 或 3号楼',
    label: '楼号',
    synonyms: ['楼栋', '楼栋号', '栋号', '幢号', '楼幢', '楼幢号', '所在楼栋'],
    normalise: numberish,
  }),
  field({
    key: 'unit',
    template: false,
    hint: '可不填，如 2',
    label: '单元',
    synonyms: ['单元号', '所在单元'],
    normalise: withoutSuffix('单元'),
  }),
  field({
    key: 'room',
    template: false,
    hint: '地址分列填写时必填，如 301',
    label: '室号',
    synonyms: ['户室号', '房号', '房间号', '户室', '户号', '门牌号'],
    normalise: withoutSuffix('室'),
  }),
]

/** The split address columns go together: street, building and room. */
export const splitAddressGroup = {
  label: '住址',
  fields: ['street', 'buildingNumber', 'unit', 'room'],
  required: ['street', 'buildingNumber', 'room'],
} as const satisfies TColumnGroup<TPlaceField>

const ZParts = z.object({
  street: ZBuildingCreate.shape.street,
  buildingKey: z.string().min(1).max(20),
  unit: ZDwellingCreate.shape.unit,
  room: ZDwellingCreate.shape.room,
})

/**
 * The row's dwelling as written, or null without one (the caller says whether that is a
 * problem). The one cell is read when the split columns are blank.
 */
export const buildPlace = (
  values: Partial<Record<TPlaceField, unknown>>,
  issues: TBuildIssue<TPlaceField>[],
): TAddressParts | null => {
  const text = (k: TPlaceField) => values[k] as string | undefined
  const split = (['street', 'buildingNumber', 'unit', 'room'] as const).some((k) => text(k))
  let parts: TAddressParts | null
  if (split) {
    const missing = (['street', 'buildingNumber', 'room'] as const).filter((k) => !text(k))
    if (missing.length) {
      issues.push({ field: missing[0]!, code: 'required' })
      return null
    }
    const unit = text('unit')
    parts = {
      street: text('street')!,
      buildingKey: buildingKeyOf(text('buildingNumber')!),
      unit: unit ? (/^\d+$/.test(unit) ? String(Number(unit)) : unit) : null,
      room: text('room')!,
    }
  } else {
    const address = text('address')
    if (!address) return null
    parts = parseAddressText(address)
    if (!parts) {
      issues.push({ field: 'address', code: 'address_unparsed' })
      return null
    }
  }
  const parsed = ZParts.safeParse(parts)
  if (parsed.success) return parsed.data as TAddressParts
  issues.push({ field: split ? 'street' : 'address', code: 'value_invalid' })
  return null
}

/** Staged columns of the place, after the people's. */
export const placeStagedColumns = [
  ['street', 'text'],
  ['building_key', 'text'],
  ['unit', 'text'],
  ['room', 'text'],
] as const satisfies readonly TStagedColumn[]

/** What placement fills in per staged row. */
export const placeStageState = `building_id uuid, dwelling_id uuid,
  ambiguous boolean NOT NULL DEFAULT false, repeated boolean NOT NULL DEFAULT false,
  has_address boolean GENERATED ALWAYS AS (street IS NOT NULL) STORED`

/** The places of a staged row: its parts, in `placeStagedColumns` order. */
export const stagedPlace = (parts: TAddressParts | null) => [
  parts?.street,
  parts?.buildingKey,
  parts?.unit,
  parts?.room,
]

/** A building number of the tree as its key (`3号楼` → `3`), as `buildingKeyOf` reads it. */
const keyOfSql = (column: string) =>
  `upper(regexp_replace(regexp_replace(normalize(${column}, NFKC), '\\s', '', 'g'),
     '(号楼|栋|幢|座|号|楼|#)$', ''))`

const scopeParam = (ctx: TWriteStageContext) =>
  ctx.actor.allCommittees ? null : ctx.actor.committeeIds

/**
 * Places the rows `where` selects that have an address: the building on that street (written
 * as the tree has it, or ending with it: `永兴社区永兴路` holds `永兴路`; an exact street wins)
 * with that number, in the row's committee when it names one, else in the importer's scope —
 * which then gives the row its committee. Then the dwelling by unit and room. Rows without a
 * committee and no such building, or with several, are problems at `address` (or `street`).
 */
export const placeRows = async (
  ctx: TWriteStageContext,
  where: string,
): Promise<TStagedProblem[]> => {
  const addressField = ctx.mappedFields.has('street') ? 'street' : 'address'
  await ctx.client.query(
    `WITH candidates AS (
       SELECT s.row_number, b.id, b.committee_id, b.street = s.street AS exact
       FROM stage s JOIN building b ON b.deleted_at IS NULL
         AND (b.street = s.street OR right(s.street, char_length(b.street)) = b.street)
         AND ${keyOfSql('b.building_number')} = s.building_key
         AND (s.committee_id IS NULL OR b.committee_id = s.committee_id)
         AND ($1::uuid[] IS NULL OR b.committee_id = ANY($1::uuid[]))
       WHERE ${where} AND s.has_address AND s.building_id IS NULL),
     best AS (SELECT row_number, bool_or(exact) AS exact FROM candidates GROUP BY row_number),
     chosen AS (
       SELECT c.row_number, min(c.id::text)::uuid AS id,
         min(c.committee_id::text)::uuid AS committee_id, count(*) AS n
       FROM candidates c JOIN best ON best.row_number = c.row_number AND best.exact = c.exact
       GROUP BY c.row_number)
     UPDATE stage s SET building_id = CASE WHEN c.n = 1 THEN c.id END,
       committee_id = CASE WHEN c.n = 1 THEN c.committee_id ELSE s.committee_id END,
       ambiguous = c.n > 1
     FROM chosen c WHERE c.row_number = s.row_number`,
    [scopeParam(ctx)],
  )
  const problems = await problemsOf(
    ctx,
    `UPDATE stage s SET problem = true
     WHERE ${where} AND s.has_address AND s.building_id IS NULL
       AND (s.ambiguous OR s.committee_id IS NULL)
     RETURNING row_number AS "rowNumber", '${addressField}' AS field,
       CASE WHEN ambiguous THEN 'rental_address_ambiguous'
            ELSE 'rental_address_unplaced' END AS code`,
  )
  await ctx.client.query(`UPDATE stage s SET dwelling_id = d.id FROM dwelling d
    WHERE ${where} AND s.building_id IS NOT NULL AND s.dwelling_id IS NULL
      AND d.building_id = s.building_id AND d.deleted_at IS NULL
      AND COALESCE(ltrim(regexp_replace(d.unit, '单元$', ''), '0'), '') = COALESCE(s.unit, '')
      AND regexp_replace(d.room, '室$', '') = s.room`)
  return problems
}

/**
 * Buildings and dwellings the kept rows name and the tree lacks, created (with audit and
 * `import_record` rows) and linked: a building numbered `<n>号楼` on the street as written.
 */
export const writePlaces = async (ctx: TWriteStageContext) => {
  await run(
    ctx,
    `WITH wanted AS (
       SELECT DISTINCT ON (committee_id, street, building_key) committee_id, street, building_key
       FROM stage WHERE NOT problem AND has_address AND building_id IS NULL
         AND committee_id IS NOT NULL),
     created AS (
       INSERT INTO building (id, committee_id, street, building_number, address,
         version, created_at, updated_at)
       SELECT uuid_v7(), committee_id, street, building_key || '号楼',
         street || building_key || '号楼', 1, now(), now() FROM wanted
       RETURNING *),
     records AS (${recordFrom('created', 'building', 'create')}),
     audit AS (${auditFrom('created', { action: 'create', entityType: 'building', after: `jsonb_build_object('address', created.address)` })})
     UPDATE stage s SET building_id = c.id FROM created c
     WHERE NOT s.problem AND s.has_address AND s.building_id IS NULL
       AND c.committee_id = s.committee_id AND c.street = s.street
       AND c.building_number = s.building_key || '号楼'`,
  )
  await run(
    ctx,
    `WITH wanted AS (
       SELECT DISTINCT ON (s.building_id, COALESCE(s.unit, ''), s.room)
         b.committee_id, s.building_id, s.unit, s.room,
         b.address || COALESCE(s.unit || '单元', '') || s.room || '室' AS address
       FROM stage s JOIN building b ON b.id = s.building_id
       WHERE NOT s.problem AND s.dwelling_id IS NULL),
     created AS (
       INSERT INTO dwelling (id, committee_id, building_id, unit, room, address,
         version, created_at, updated_at)
       SELECT uuid_v7(), committee_id, building_id, unit, room, address, 1, now(), now()
       FROM wanted
       RETURNING *),
     records AS (${recordFrom('created', 'dwelling', 'create')}),
     audit AS (${auditFrom('created', { action: 'create', entityType: 'dwelling', after: `jsonb_build_object('address', created.address)` })})
     UPDATE stage s SET dwelling_id = c.id FROM created c
     WHERE NOT s.problem AND s.building_id = c.building_id AND s.dwelling_id IS NULL
       AND COALESCE(c.unit, '') = COALESCE(s.unit, '') AND c.room = s.room`,
  )
}

/**
 * Refuses (409) when a foreign key still holds what is deleted: someone else refers to it
 * (`23503`, or `23001` for the rentals' `ON DELETE RESTRICT` keys).
 */
export const referencedIsConflict = async <T>(work: () => Promise<T>): Promise<T> => {
  try {
    return await work()
  } catch (error) {
    const code = (error as { code?: string }).code
    if (code === '23503' || code === '23001') throw new AppError('import_undo_conflict', 409)
    throw error
  }
}

/** Deletes the rows of one entity type the job created, with an audit row each. */
export const deleteCreated = (
  ctx: Omit<TWriteStageContext, 'onConflict' | 'mappedFields'>,
  table: string,
  before: string,
) =>
  referencedIsConflict(() =>
    run(
      ctx,
      `WITH gone AS (
         DELETE FROM ${table} t USING import_record i
         WHERE i.job_id = $7 AND i.entity_type = '${table}' AND i.action = 'create'
           AND t.id = i.entity_id
         RETURNING t.*)
       ${auditFrom('gone', { action: 'delete', entityType: table, before })}`,
    ),
  )

/** Places the job created that moved on since: edited, deleted. */
export const placesChangedSql = `
  SELECT 1 FROM import_record i
  LEFT JOIN building b ON i.entity_type = 'building' AND b.id = i.entity_id
  LEFT JOIN dwelling d ON i.entity_type = 'dwelling' AND d.id = i.entity_id
  WHERE i.job_id = $1 AND CASE i.entity_type
    WHEN 'building' THEN b.id IS NULL OR b.version <> i.version_after OR b.deleted_at IS NOT NULL
    WHEN 'dwelling' THEN d.id IS NULL OR d.version <> i.version_after OR d.deleted_at IS NOT NULL
    ELSE false END
  LIMIT 1`

/** Dwellings, then buildings the job created (409 when something else refers to them now). */
export const undoPlaces = async (ctx: Omit<TWriteStageContext, 'onConflict' | 'mappedFields'>) => {
  await deleteCreated(ctx, 'dwelling', `jsonb_build_object('address', gone.address)`)
  await deleteCreated(ctx, 'building', `jsonb_build_object('address', gone.address)`)
}

/**
 * A ledger that names one new person on several rows (a landlord of two flats) registers them
 * once: `registerPeople` (run by `register`) inserts the first row's person, the later rows
 * refer to them. Rows of a person already registered are matched as usual.
 */
export const registerRepeatedOnce = async (
  ctx: TWriteStageContext,
  register: () => Promise<unknown>,
) => {
  await ctx.client.query(
    `WITH firsts AS (
       SELECT DISTINCT ON (id_number_hash) id_number_hash, row_number, resident_id FROM stage
       WHERE NOT existing AND NOT problem ORDER BY id_number_hash, row_number)
     UPDATE stage s SET resident_id = f.resident_id, repeated = true FROM firsts f
     WHERE s.id_number_hash = f.id_number_hash AND s.row_number > f.row_number
       AND NOT s.existing AND NOT s.problem`,
  )
  await ctx.client.query(`UPDATE stage SET problem = true WHERE repeated`)
  await register()
  await ctx.client.query(`UPDATE stage SET problem = false WHERE repeated`)
}
