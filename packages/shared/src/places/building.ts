import { z } from 'zod'
import { ZNumberedListQuery, pageOf, sortParam } from '../common/pagination.ts'
import { ZId, ZRecordMeta, ZRef, optionalText, updateOf } from '../common/record.ts'

/** 楼栋: a building on a street, optionally in an estate and a grid (CJ/T 349 grid code). */
export const ZBuilding = ZRecordMeta.extend({
  committee: ZRef,
  street: z.string().describe('街路巷, e.g. 胜利路'),
  buildingNumber: z.string().describe('门牌号或楼号, e.g. 18号 / 3号楼'),
  estateName: z.string().nullable().describe('小区名称'),
  gridCode: z.string().nullable(),
  address: z.string().describe('Standard address, derived: street + estate + building number'),
  dwellingCount: z.number().int().nonnegative(),
  leaders: z.array(ZRef).describe('楼长: residents assigned to this building'),
}).meta({ id: 'Building' })
export type TBuilding = z.infer<typeof ZBuilding>

export const ZBuildingCreate = z
  .object({
    committeeId: ZId,
    street: z.string().trim().min(1).max(60),
    buildingNumber: z.string().trim().min(1).max(30),
    estateName: optionalText(60),
    gridCode: optionalText(40),
  })
  .meta({ id: 'BuildingCreate' })
export type TBuildingCreate = z.input<typeof ZBuildingCreate>

export const ZBuildingUpdate = updateOf(ZBuildingCreate.omit({ committeeId: true })).meta({
  id: 'BuildingUpdate',
})

export const ZBuildingListQuery = ZNumberedListQuery.extend({
  committeeId: ZId.optional(),
  q: z.string().trim().max(50).optional().describe('Matches street, estate or building number'),
  sort: sortParam(['address', 'createdAt'] as const, 'address'),
})
export type TBuildingListQuery = z.input<typeof ZBuildingListQuery>
export const ZBuildingPage = pageOf(ZBuilding).meta({ id: 'BuildingPage' })

export const ZBuildingLeaders = z
  .object({ residentIds: z.array(ZId).max(10) })
  .meta({ id: 'BuildingLeadersUpdate' })

/** The standard address of a building, never typed twice. */
export const buildingAddress = (b: {
  street: string
  estateName?: string | null
  buildingNumber: string
}) => `${b.street}${b.estateName ?? ''}${b.buildingNumber}`
