import { z } from 'zod'
import { issue } from '../common/issue.ts'
import { ZNumberedListQuery, pageOf, queryBoolean, sortParam } from '../common/pagination.ts'
import { ZRecordMeta, optionalText, updateOf } from '../common/record.ts'
import { ZOptionalPhone } from '../validators/phone.ts'

/** A residents' committee (居委会): the unit of data scope for clerks. */
export const ZCommittee = ZRecordMeta.extend({
  name: z.string(),
  code: z.string().describe('Statistical division code or the office’s own code'),
  address: z.string().nullable(),
  phone: z.string().nullable().describe('Office phone (not personal data, so not masked)'),
  active: z.boolean(),
}).meta({ id: 'Committee' })
export type TCommittee = z.infer<typeof ZCommittee>

export const ZCommitteeCreate = z
  .object({
    name: z.string().trim().min(2).max(50),
    code: z
      .string()
      .trim()
      .min(1)
      .max(32)
      .regex(/^[0-9A-Za-z-]+$/, issue('committee_code_format')),
    address: optionalText(200),
    phone: ZOptionalPhone,
    active: z.boolean().default(true),
  })
  .meta({ id: 'CommitteeCreate' })
export type TCommitteeCreate = z.input<typeof ZCommitteeCreate>

export const ZCommitteeUpdate = updateOf(ZCommitteeCreate).meta({ id: 'CommitteeUpdate' })
export type TCommitteeUpdate = z.input<typeof ZCommitteeUpdate>

export const committeeSortFields = ['name', 'code', 'createdAt'] as const
export const ZCommitteeListQuery = ZNumberedListQuery.extend({
  q: z.string().trim().max(50).optional().describe('Matches name or code'),
  active: queryBoolean.optional(),
  sort: sortParam(committeeSortFields, 'code'),
})
export type TCommitteeListQuery = z.input<typeof ZCommitteeListQuery>

export const ZCommitteePage = pageOf(ZCommittee).meta({ id: 'CommitteePage' })
