import { z } from 'zod'
import { issue, messageFor } from '../common/issue.ts'
import { ZListQuery, pageOf, queryBoolean, sortParam } from '../common/pagination.ts'
import { ZExportFormat } from '../imports/import-job.ts'
import {
  ZDate,
  ZDateInput,
  ZId,
  ZRecordMeta,
  ZRef,
  optionalText,
  updateOf,
} from '../common/record.ts'
import { educationTable } from '../code-tables/education.ts'
import { employmentStatusTable } from '../code-tables/employment-status.ts'
import { ethnicityTable } from '../code-tables/ethnicity.ts'
import { maritalStatusTable } from '../code-tables/marital-status.ts'
import { politicalStatusTable } from '../code-tables/political-status.ts'
import { parseIdNumber } from '../validators/id-number.ts'
import { ZIdNumber } from '../validators/id-number-field.ts'
import { ZOptionalPhone } from '../validators/phone.ts'
import { ZResidentStatus, ZResidentStatusFilter } from './life-event.ts'
import { ZPopulationCategory, ZResidentTag } from './resident-codes.ts'

export const ZSex = z.enum(['1', '2']).describe('GB/T 2261.1: 1 男, 2 女')

/** A person as lists and pages show them: ID number and phone masked. */
export const ZResident = ZRecordMeta.extend({
  committee: ZRef,
  name: z.string(),
  idNumberMasked: z
    .string()
    .describe('e.g. 370521********1234; reveal with POST /residents/:id/reveal'),
  idKind: z.enum(['resident', 'hk_mo_tw_permit', 'foreign_permanent']),
  sex: ZSex,
  birthDate: ZDate,
  age: z.number().int().nonnegative(),
  ethnicity: z.string().nullable(),
  education: z.string().nullable(),
  politicalStatus: z.string().nullable(),
  maritalStatus: z.string().nullable(),
  employmentStatus: z.string().nullable(),
  phoneMasked: z.string().nullable(),
  category: ZPopulationCategory,
  status: ZResidentStatus.describe('Changed only by life events (POST /residents/:id/life-events)'),
  tags: z.array(ZResidentTag),
  notes: z.string().nullable(),
  household: z
    .object({ id: ZId, relationship: z.string(), isHead: z.boolean(), address: z.string() })
    .nullable()
    .describe('The current household, if any'),
}).meta({ id: 'Resident' })
export type TResident = z.infer<typeof ZResident>

/** Coded fields: an unknown code is refused with `code_unknown`. */
const coded = (table: { entries: readonly { code: string }[] }) =>
  z
    .string()
    .nullish()
    .transform((v) => (v ? v : null))
    .refine((v) => v === null || table.entries.some((e) => e.code === v), issue('code_unknown'))

const residentFields = {
  committeeId: ZId,
  name: z.string().trim().min(1).max(50),
  sex: ZSex.optional(),
  birthDate: ZDateInput.optional(),
  ethnicity: coded(ethnicityTable),
  education: coded(educationTable),
  politicalStatus: coded(politicalStatusTable),
  maritalStatus: coded(maritalStatusTable),
  employmentStatus: coded(employmentStatusTable),
  phone: ZOptionalPhone,
  category: ZPopulationCategory.default('registered'),
  tags: z.array(ZResidentTag).max(20).default([]),
  notes: optionalText(500),
}

/**
 * Creating a resident: the ID number is validated and normalised, and sex and birth date are
 * derived from it — or, when given, must agree with it.
 */
export const ZResidentCreate = z
  .object({ ...residentFields, idNumber: ZIdNumber })
  .transform((input, ctx) => {
    // Valid and canonical by now (ZIdNumber): parsed again only for what it says of the person.
    const parsed = parseIdNumber(input.idNumber)
    if (!parsed.ok) return z.NEVER
    const { id } = parsed
    const mismatch = (
      path: string,
      code: 'sex_mismatch' | 'birth_date_mismatch' | 'sex_required',
    ) =>
      ctx.addIssue({
        code: 'custom',
        path: [path],
        message: messageFor(code),
        params: { code },
      })
    // The older permanent-residence numbers do not say the sex: it is asked for instead.
    const sex = id.sex === null ? input.sex : id.sex === 'male' ? '1' : '2'
    if (!sex) {
      mismatch('sex', 'sex_required')
      return z.NEVER
    }
    if (input.sex && input.sex !== sex) mismatch('sex', 'sex_mismatch')
    // Their YYMMDD leaves the century open: a date given with the same YYMMDD settles it.
    const yymmdd = (date: string) => date.slice(2).replaceAll('-', '')
    const birthDate =
      id.sex === null && input.birthDate && yymmdd(input.birthDate) === yymmdd(id.birthDate)
        ? input.birthDate
        : id.birthDate
    if (input.birthDate && input.birthDate !== birthDate)
      mismatch('birthDate', 'birth_date_mismatch')
    return { ...input, idNumber: id.value, idKind: id.kind, sex, birthDate }
  })
  .meta({ id: 'ResidentCreate' })
export type TResidentCreate = z.input<typeof ZResidentCreate>

/** The ID number itself is not changed by an edit: a wrong one is corrected by an administrator. */
export const ZResidentUpdate = updateOf(
  z.object(residentFields).omit({ sex: true, birthDate: true }),
).meta({ id: 'ResidentUpdate' })

export const residentSortFields = ['name', 'birthDate', 'createdAt'] as const
export const ZResidentListQuery = ZListQuery.extend({
  committeeId: ZId.optional(),
  buildingId: ZId.optional(),
  dwellingId: ZId.optional(),
  category: ZPopulationCategory.optional(),
  tag: ZResidentTag.optional(),
  status: ZResidentStatusFilter.optional(),
  residence: z
    .enum(['here', 'elsewhere', 'all'])
    .optional()
    .describe(
      'Left out: people living here (实有人口). elsewhere: people known only through a record (a landlord living elsewhere); all: both, as a picker of landlords reads them',
    ),
  sex: ZSex.optional(),
  ageFrom: z.coerce
    .number()
    .int()
    .min(0)
    .max(150)
    .optional()
    .describe('Aged at least this many whole years today (周岁)'),
  ageTo: z.coerce
    .number()
    .int()
    .min(0)
    .max(150)
    .optional()
    .describe('Aged at most this many whole years today (周岁)'),
  importId: ZId.optional().describe('Residents a committed import registered or updated'),
  inHousehold: queryBoolean
    .optional()
    .describe('false: registered in no household now (人户待落实); true: in one'),
  q: z
    .string()
    .trim()
    .max(30)
    .optional()
    .describe(
      'Name (any part), last four of the ID number, phone, or address. Full ID numbers: POST /residents/search',
    ),
  sort: sortParam(residentSortFields, 'name'),
})
export const ZResidentPage = pageOf(ZResident).meta({ id: 'ResidentPage' })

/** The list's filters and order, as a file: every matching row, masked unless `reveal`. */
export const ZResidentExportQuery = ZResidentListQuery.omit({ limit: true, cursor: true }).extend({
  format: ZExportFormat.default('xlsx'),
  reveal: queryBoolean
    .optional()
    .describe('Full ID numbers and phones (needs resident:reveal; audited)'),
})

/** Exact lookup by full ID number, in a body so the number never appears in a URL or log. */
export const ZResidentSearch = z.object({ idNumber: ZIdNumber }).meta({ id: 'ResidentSearch' })

/** The most residents one batch changes (a page of the list at most, selected across pages). */
export const batchLimit = 500

/**
 * 批量打标签: tags added to and removed from the selected residents, each one audited. At most
 * 20 tags per person, as on the form.
 */
export const ZResidentTagging = z
  .object({
    residentIds: z.array(ZId).min(1).max(batchLimit),
    add: z.array(ZResidentTag).max(20).default([]),
    remove: z.array(ZResidentTag).max(20).default([]),
  })
  .refine((v) => v.add.length + v.remove.length > 0, {
    ...issue('tags_change_required'),
    path: ['add'],
  })
  .meta({ id: 'ResidentTagging' })

export const ZResidentTaggingResult = z
  .object({
    changed: z.number().int().nonnegative(),
    unchanged: z.number().int().nonnegative(),
  })
  .meta({ id: 'ResidentTaggingResult' })

export const ZRevealRequest = z
  .object({
    field: z.enum(['idNumber', 'phone']),
    reason: z.string().trim().min(2, issue('reveal_reason_required')).max(200),
  })
  .meta({ id: 'RevealRequest' })
export const ZRevealResponse = z
  .object({ field: z.enum(['idNumber', 'phone']), value: z.string().nullable() })
  .meta({ id: 'RevealResponse' })
