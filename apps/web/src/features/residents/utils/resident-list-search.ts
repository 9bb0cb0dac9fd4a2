import { z } from 'zod'
import type { ZResidentListQuery } from '@cr/shared/residents/resident'
import type { TResidentStatus } from '@cr/shared/residents/life-event'
import type { TPopulationCategory, TResidentTag } from '@cr/shared/residents/resident-codes'
import { isIdNumberLike } from '@/lib/id-number-text'
import { searchText, sortParamFrom, type TSortOrder } from '@/lib/search-params'

// The route file loads this at start: the contract's types only, not its schemas, code tables
// and labels (resident-list-search.test.ts checks these lists against the contract's).
export const residentCategoryFilters = [
  'registered',
  'permanent',
  'temporary',
  'floating',
  'separated',
] as const satisfies readonly TPopulationCategory[]
export const residentTagFilters = [
  'elderly',
  'disabled',
  'unemployed',
  'dibao',
  'youfu',
  'living_alone',
  'left_behind',
  'veteran',
] as const satisfies readonly TResidentTag[]
export const residentStatusFilters = [
  'active',
  'moved_out',
  'deceased',
  'missing',
  'enlisted',
  'imprisoned',
  'all',
] as const satisfies readonly (TResidentStatus | 'all')[]
export const residentSortFields = ['name', 'birthDate', 'createdAt'] as const
export const defaultResidentSort = 'name'
export const residentSorts = residentSortFields.flatMap((f) => [f, `-${f}`] as const)
export const residentPageSize = 20

const optionalId = z.uuid().optional()

/** 年龄段: the bands the office counts by (未成年, 劳动年龄, 老年人, 高龄), as 周岁 from–to. */
export const ageBands = {
  minor: { to: 17, zh: '未成年（17 岁及以下）', en: 'Minors (17 and under)' },
  working: { from: 18, to: 59, zh: '18–59 岁', en: '18–59' },
  elderly: { from: 60, zh: '60 岁及以上', en: '60 and over' },
  aged: { from: 80, zh: '80 岁及以上（高龄）', en: '80 and over' },
} as const satisfies Record<string, { from?: number; to?: number; zh: string; en: string }>
export type TAgeBand = keyof typeof ageBands

/** 性别 as the filter offers it (the ID number gives 1 or 2). */
export const sexFilterLabels = {
  '1': { zh: '男', en: 'Male' },
  '2': { zh: '女', en: 'Female' },
} as const

/** 入户: in a household now, or registered but in none (人户待落实). */
export const householdStates = {
  in: { zh: '已入户', en: 'In a household' },
  none: { zh: '未入户', en: 'In no household' },
} as const

/**
 * The residents page's URL search. A whole ID number is never kept in the URL (it would land
 * in the browser history and the server logs), nor most of one: a hand-made `?q=<ID number>`
 * is dropped.
 */
export const ZResidentsSearch = z.object({
  q: searchText(
    z
      .string()
      .trim()
      .max(30)
      .optional()
      .refine((v) => !v || !isIdNumberLike(v)),
  ).catch(undefined),
  committeeId: optionalId.catch(undefined),
  category: z.enum(residentCategoryFilters).optional().catch(undefined),
  tag: z.enum(residentTagFilters).optional().catch(undefined),
  /** 状态: left out, the current population (在册), as the API defaults it. */
  status: z.enum(residentStatusFilters).optional().catch(undefined),
  sex: z.enum(['1', '2']).optional().catch(undefined),
  age: z
    .enum(Object.keys(ageBands) as [TAgeBand, ...TAgeBand[]])
    .optional()
    .catch(undefined),
  household: z.enum(['in', 'none']).optional().catch(undefined),
  buildingId: optionalId.catch(undefined),
  /** The people one import registered or updated (its 查看居民 link). */
  importId: optionalId.catch(undefined),
  sort: z.enum(residentSorts).default(defaultResidentSort).catch(defaultResidentSort),
})
export type TResidentsSearch = z.infer<typeof ZResidentsSearch>

export const isResidentsSearchFiltered = (s: TResidentsSearch): boolean =>
  Boolean(
    s.q ||
    s.committeeId ||
    s.category ||
    s.tag ||
    s.status ||
    s.sex ||
    s.age ||
    s.household ||
    s.buildingId,
  )

const ageRange = (band: TAgeBand | undefined): { from?: number; to?: number } =>
  band ? ageBands[band] : {}

export const toResidentListQuery = (search: TResidentsSearch, cursor?: string) =>
  ({
    q: search.q || undefined,
    committeeId: search.committeeId,
    category: search.category,
    tag: search.tag,
    status: search.status,
    sex: search.sex,
    ageFrom: ageRange(search.age).from,
    ageTo: ageRange(search.age).to,
    inHousehold: search.household && (search.household === 'in' ? 'true' : 'false'),
    buildingId: search.buildingId,
    importId: search.importId,
    sort: search.sort,
    limit: residentPageSize,
    cursor,
  }) satisfies z.input<typeof ZResidentListQuery>

/** The age column sorts by birth date, the other way round: the youngest have the latest dates. */
const flip: Record<'ascend' | 'descend', 'ascend' | 'descend'> = {
  ascend: 'descend',
  descend: 'ascend',
}

/** The `sort` parameter for a column sorter change (name, or age through birthDate). */
export const residentSortFrom = (columnKey: unknown, order: TSortOrder | undefined) =>
  columnKey === 'age'
    ? sortParamFrom('birthDate', order ? flip[order] : null, residentSorts, defaultResidentSort)
    : sortParamFrom(columnKey, order, residentSorts, defaultResidentSort)

/** The order the age column shows for the URL's `sort`. */
export const ageSortOrder = (sort: string): TSortOrder =>
  sort === 'birthDate' ? 'descend' : sort === '-birthDate' ? 'ascend' : null
