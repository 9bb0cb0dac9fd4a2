import { z } from 'zod'
import { ZNumberedListQuery, pageOf, sortParam } from '../common/pagination.ts'
import { ZId, ZRecordMeta, ZRef, optionalText, updateOf } from '../common/record.ts'
import { ZOptionalIdNumber } from '../validators/id-number-field.ts'

export const dwellingUses = ['owner_occupied', 'rented', 'vacant', 'business', 'other'] as const
export const ZDwellingUse = z.enum(dwellingUses).meta({ id: 'DwellingUse' })
export const dwellingUseLabels: Record<(typeof dwellingUses)[number], { zh: string; en: string }> =
  {
    owner_occupied: { zh: '自住', en: 'Owner-occupied' },
    rented: { zh: '出租', en: 'Rented' },
    vacant: { zh: '空置', en: 'Vacant' },
    business: { zh: '经营', en: 'Business' },
    other: { zh: '其他', en: 'Other' },
  }

/** 房屋: a dwelling in a building (unit + room), its use and its owner. */
export const ZDwelling = ZRecordMeta.extend({
  committee: ZRef,
  building: ZRef.describe('The building, named by its standard address'),
  unit: z.string().nullable().describe('单元, e.g. 2 (shown as 2单元)'),
  room: z.string().describe('室, e.g. 502'),
  area: z.string().nullable().describe('Floor area in m², exact decimal as a string'),
  use: ZDwellingUse,
  owner: z
    .object({
      resident: ZRef.nullable(),
      name: z.string().nullable(),
      idNumberMasked: z.string().nullable(),
    })
    .describe('The owner: a registered resident, or a name and (masked) ID number'),
  address: z.string().describe('Standard address, derived'),
  occupantCount: z.number().int().nonnegative(),
}).meta({ id: 'Dwelling' })
export type TDwelling = z.infer<typeof ZDwelling>

const area = z
  .union([z.number(), z.string().trim()])
  .nullish()
  .transform((v) => (v === undefined || v === null || v === '' ? null : String(v)))
  .pipe(
    z
      .string()
      .regex(/^\d{1,5}(\.\d{1,2})?$/)
      .nullable(),
  )

export const ZDwellingCreate = z
  .object({
    buildingId: ZId,
    unit: optionalText(10),
    room: z.string().trim().min(1).max(20),
    area,
    use: ZDwellingUse.default('owner_occupied'),
    ownerResidentId: ZId.nullish().transform((v) => v ?? null),
    ownerName: optionalText(50),
    ownerIdNumber: ZOptionalIdNumber,
  })
  .meta({ id: 'DwellingCreate' })
export type TDwellingCreate = z.input<typeof ZDwellingCreate>

export const ZDwellingUpdate = updateOf(ZDwellingCreate.omit({ buildingId: true })).meta({
  id: 'DwellingUpdate',
})

export const ZDwellingListQuery = ZNumberedListQuery.extend({
  committeeId: ZId.optional(),
  buildingId: ZId.optional(),
  use: ZDwellingUse.optional(),
  q: z.string().trim().max(50).optional().describe('Matches the dwelling’s address (any part)'),
  sort: sortParam(['address', 'createdAt'] as const, 'address'),
})
export type TDwellingListQuery = z.input<typeof ZDwellingListQuery>
export const ZDwellingPage = pageOf(ZDwelling).meta({ id: 'DwellingPage' })

/** `胜利路阳光小区3号楼2单元502室`. */
export const dwellingAddress = (buildingAddr: string, d: { unit?: string | null; room: string }) =>
  `${buildingAddr}${d.unit ? `${d.unit}单元` : ''}${d.room}室`
