import { z } from 'zod'
import { ZResidentListQuery, residentSortFields } from '@cr/shared/residents/resident'
import { isIdNumberLike } from '@/lib/id-number-text'
import { searchText, sortParamFrom, type TSortOrder } from '@/lib/search-params'

const { q, committeeId, buildingId, importId, category, tag, status, sex, sort } =
  ZResidentListQuery.shape
export const defaultResidentSort = 'name'
export const residentSorts = residentSortFields.flatMap((f) => [f, `-${f}`] as const)
export const residentPageSize = 20

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
  q: searchText(q.refine((v) => !v || !isIdNumberLike(v))).catch(undefined),
  committeeId: committeeId.catch(undefined),
  category: category.catch(undefined),
  tag: tag.catch(undefined),
  /** 状态: left out, the current population (在册), as the API defaults it. */
  status: status.catch(undefined),
  sex: sex.catch(undefined),
  age: z
    .enum(Object.keys(ageBands) as [TAgeBand, ...TAgeBand[]])
    .optional()
    .catch(undefined),
  household: z.enum(['in', 'none']).optional().catch(undefined),
  buildingId: buildingId.catch(undefined),
  /** The people one import registered or updated (its 查看居民 link). */
  importId: importId.catch(undefined),
  sort: sort.catch(defaultResidentSort),
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
