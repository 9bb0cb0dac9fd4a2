import { z } from 'zod'
import {
  ZDate,
  ZDateInput,
  ZId,
  ZRecordMeta,
  ZRef,
  optionalText,
  updateOf,
} from '../common/record.ts'
import { ZBranchType } from './party-codes.ts'

/**
 * The party organisation tree: 党工委 (committee) → 党支部 (branch) → 党小组 (group). A branch
 * covers residents' committees: its members live there, and it is the unit of the party's data
 * scope (DOMAIN.md §1 "Organisation tree and scope").
 */
export const organizationLevels = ['committee', 'branch', 'group'] as const
export const ZOrganizationLevel = z.enum(organizationLevels).meta({ id: 'PartyOrganizationLevel' })
export type TOrganizationLevel = z.infer<typeof ZOrganizationLevel>
export const organizationLevelLabels: Record<TOrganizationLevel, { zh: string; en: string }> = {
  committee: { zh: '党工委', en: 'Working committee' },
  branch: { zh: '党支部', en: 'Branch' },
  group: { zh: '党小组', en: 'Group' },
}

/** Which level may sit under which: a branch under the committee, a group under a branch. */
export const parentLevelOf: Record<TOrganizationLevel, TOrganizationLevel | null> = {
  committee: null,
  branch: 'committee',
  group: 'branch',
}

export const ZPartyOrganization = ZRecordMeta.extend({
  parentId: ZId.nullable(),
  level: ZOrganizationLevel,
  name: z.string(),
  branchType: ZBranchType.nullable(),
  foundedOn: ZDate.nullable(),
  notes: z.string().nullable(),
  committees: z.array(ZRef).describe("Residents' committees the organisation covers"),
  memberCount: z.number().int().nonnegative().describe('Active members in this node itself'),
}).meta({ id: 'PartyOrganization' })
export type TPartyOrganization = z.infer<typeof ZPartyOrganization>

export const ZPartyOrganizationCreate = z
  .object({
    parentId: ZId.nullish().transform((v) => v ?? null),
    level: ZOrganizationLevel,
    name: z.string().trim().min(1).max(80),
    branchType: ZBranchType.nullish().transform((v) => v ?? null),
    foundedOn: ZDateInput.nullish().transform((v) => v ?? null),
    notes: optionalText(500),
    committeeIds: z.array(ZId).max(50).default([]),
  })
  .meta({ id: 'PartyOrganizationCreate' })

export const ZPartyOrganizationUpdate = updateOf(
  ZPartyOrganizationCreate.omit({ parentId: true, level: true }),
).meta({ id: 'PartyOrganizationUpdate' })

/** The whole tree in one answer (a community has tens of nodes, not thousands). */
export const ZPartyOrganizationTree = z
  .object({ items: z.array(ZPartyOrganization) })
  .meta({ id: 'PartyOrganizationTree' })
