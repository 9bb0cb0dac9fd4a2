import { z } from 'zod'
import { ZDate, ZDateInput, ZId, ZRef } from '../common/record.ts'

/** Posts of a branch committee (支委) and of a group (DOMAIN.md §1 党内职务). */
export const officerPosts = [
  'secretary',
  'deputy_secretary',
  'organization',
  'propaganda',
  'discipline',
  'member',
  'group_leader',
] as const
export const ZOfficerPost = z.enum(officerPosts).meta({ id: 'PartyOfficerPost' })
export type TOfficerPost = z.infer<typeof ZOfficerPost>
export const officerPostLabels: Record<TOfficerPost, { zh: string; en: string }> = {
  secretary: { zh: '书记', en: 'Secretary' },
  deputy_secretary: { zh: '副书记', en: 'Deputy secretary' },
  organization: { zh: '组织委员', en: 'Organisation member' },
  propaganda: { zh: '宣传委员', en: 'Propaganda member' },
  discipline: { zh: '纪检委员', en: 'Discipline member' },
  member: { zh: '委员', en: 'Committee member' },
  group_leader: { zh: '党小组组长', en: 'Group leader' },
}

export const ZPartyOfficer = z
  .object({
    id: ZId,
    member: ZRef,
    post: ZOfficerPost,
    termStart: ZDate,
    termEnd: ZDate.nullable(),
    /** In office today: the term has begun and not ended. */
    current: z.boolean(),
  })
  .meta({ id: 'PartyOfficer' })

export const ZPartyOfficerCreate = z
  .object({
    memberId: ZId,
    post: ZOfficerPost,
    termStart: ZDateInput,
    termEnd: ZDateInput.nullish().transform((v) => v ?? null),
  })
  .meta({ id: 'PartyOfficerCreate' })
