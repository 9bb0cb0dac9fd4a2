import { educationTable } from '@cr/shared/code-tables/education'
import { wholeYearsBetween } from '@cr/shared/party/calendar'
import {
  meetingTypeLabels,
  memberCategoryLabels,
  memberStatusLabels,
} from '@cr/shared/party/party-codes'
import { memberStateLabels, type TMemberState } from '@cr/shared/party/party-member'
import {
  organizationLevelLabels,
  type TOrganizationLevel,
} from '@cr/shared/party/party-organization'
import { toDbDate } from '../../lib/dates.ts'
import { partyMemberScope, partyOrganizationScope } from '../../lib/party-scope.ts'
import {
  asOfInstant,
  notDeletedBy,
  type TFigureDefinition,
  type TFigureScope,
  type TFigureSource,
  type TFigureSourceRow,
} from '../statistics/figure-source.ts'
import {
  duesRows,
  figureMembers,
  inPeriod,
  memberRow,
  type TFigureMember,
} from './party-figure-members.ts'
import { leavingTypes, onRollOn } from './party-roll-history.ts'

/**
 * The party's figures as of a date, from the dated history the module keeps (see
 * `party-roll-history.ts` for when a member is on the roll). Scope: the actor's party scope
 * (`party-scope.ts`) and the committees asked for — a member's committee is where they live, an
 * organisation's the committees it covers (its branch's, for a group). A deleted member or
 * meeting counts nowhere (a deletion takes back a record entered in error); an organisation
 * counts until it was removed.
 */

/**
 * The organisations in the actor's scope as of `asOf`: the party scope's conditions, with its
 * "not deleted" read as "not deleted by then" — an empty branch removed in May was there in
 * March (a node goes only when empty: `deleteOrganization`).
 */
const organizationsAsOf = (scope: TFigureScope) => ({
  AND: [
    ...partyOrganizationScope(scope.actor).AND.filter((condition) => !('deletedAt' in condition)),
    notDeletedBy(scope),
    scope.committeeIds ? coversCommittees(scope.committeeIds) : {},
  ],
})

/** The committees an organisation covers, itself or through its branch. */
const coversCommittees = (ids: readonly string[]) => ({
  OR: [
    { committees: { some: { committeeId: { in: [...ids] } } } },
    { parent: { committees: { some: { committeeId: { in: [...ids] } } } } },
  ],
})

const organizationSelect = {
  committees: { select: { committeeId: true } },
  parent: { select: { committees: { select: { committeeId: true } } } },
}

/**
 * The one committee an organisation's row is counted under (per committee, a joint branch
 * counts once, under the first of its committees in scope); null for the 党工委.
 */
const committeeOfOrganization = (
  scope: TFigureScope,
  organization: {
    committees: { committeeId: string }[]
    parent: { committees: { committeeId: string }[] } | null
  },
) =>
  [...organization.committees, ...(organization.parent?.committees ?? [])]
    .map((c) => c.committeeId)
    .filter((id) => !scope.committeeIds || scope.committeeIds.includes(id))
    .sort()[0] ?? null

const onRoll = async (scope: TFigureScope) =>
  (await figureMembers(scope)).filter((m) => onRollOn(m.periods, scope.asOf))

/** A figure of the members on the roll on `asOf`, split by `part`. */
const rollFigure = (
  key: string,
  part: (member: TFigureMember, asOf: string) => { part: string; partLabel: string } | null,
): TFigureDefinition => ({
  key,
  rows: async (scope) =>
    (await onRoll(scope)).map((m) => ({ ...memberRow(m), ...part(m, scope.asOf) })),
})

/** A figure of members whose roll had a dated step in the period. */
const stepFigure = (
  key: string,
  rows: (member: TFigureMember, scope: TFigureScope) => TFigureSourceRow[],
): TFigureDefinition => ({
  key,
  rows: async (scope) => (await figureMembers(scope)).flatMap((m) => rows(m, scope)),
})

/** 年龄段 on `asOf`, as the party statistics report them. */
const ageBands = [
  { upTo: 35, key: 'to-35', label: '35岁及以下' },
  { upTo: 45, key: '36-45', label: '36至45岁' },
  { upTo: 55, key: '46-55', label: '46至55岁' },
  { upTo: 65, key: '56-65', label: '56至65岁' },
  { upTo: 75, key: '66-75', label: '66至75岁' },
  { upTo: Infinity, key: '76-up', label: '76岁及以上' },
]

const text = (value: unknown) => (typeof value === 'string' ? value : null)

const eventsOf = (member: TFigureMember, scope: TFigureScope, types: readonly string[]) =>
  member.events.filter((e) => types.includes(e.type) && inPeriod(scope, e.occurredOn))

export const partyFigureSource: TFigureSource = {
  module: 'party',
  permission: 'party:read',
  recorded: async (scope) =>
    (await scope.db.partyMember.count({
      where: {
        AND: [
          partyMemberScope(scope.actor),
          scope.committeeIds ? { committeeId: { in: [...scope.committeeIds] } } : {},
        ],
      },
    })) > 0 ||
    (await scope.db.partyOrganization.count({
      where: {
        AND: [
          partyOrganizationScope(scope.actor),
          scope.committeeIds ? coversCommittees(scope.committeeIds) : {},
        ],
      },
    })) > 0,
  figures: [
    {
      // Founded (成立) by `asOf`; an organisation without a founding date counts from when it
      // was entered, the earliest date it has.
      key: 'party.organizations',
      rows: async (scope) =>
        (
          await scope.db.partyOrganization.findMany({
            where: {
              AND: [
                organizationsAsOf(scope),
                {
                  OR: [
                    { foundedOn: { lte: toDbDate(scope.asOf) } },
                    { foundedOn: null, createdAt: { lte: asOfInstant(scope) } },
                  ],
                },
              ],
            },
            select: { id: true, name: true, level: true, ...organizationSelect },
          })
        ).map((organization) => ({
          recordType: 'party_organization' as const,
          recordId: organization.id,
          label: organization.name,
          committeeId: committeeOfOrganization(scope, organization),
          part: organization.level,
          partLabel:
            organizationLevelLabels[organization.level as TOrganizationLevel]?.zh ??
            organization.level,
        })),
    },
    rollFigure('party.members', () => null),
    rollFigure('party.members.status', (m, asOf) => {
      const status = m.fullMembershipOn && m.fullMembershipOn <= asOf ? 'full' : 'probationary'
      return { part: status, partLabel: memberStatusLabels[status].zh }
    }),
    rollFigure('party.members.category', (m) => ({
      part: m.category,
      partLabel:
        memberCategoryLabels[m.category as keyof typeof memberCategoryLabels]?.zh ?? m.category,
    })),
    rollFigure('party.members.age', (m, asOf) => {
      const age = wholeYearsBetween(m.birthDate, asOf)
      const band = ageBands.find((b) => age <= b.upTo)!
      return { part: band.key, partLabel: band.label }
    }),
    rollFigure('party.members.education', (m) => ({
      part: m.resident.education ?? 'none',
      partLabel: m.resident.education
        ? (educationTable.nameOf(m.resident.education) ?? m.resident.education)
        : '未填写',
    })),
    // 入党 and 转正 in the period, while on this roll: a member who joined or was confirmed
    // elsewhere and transferred in later is the other organisation's figure.
    stepFigure('party.joined', (m, scope) =>
      inPeriod(scope, m.joinedOn) && onRollOn(m.periods, m.joinedOn)
        ? [{ ...memberRow(m), date: m.joinedOn }]
        : [],
    ),
    stepFigure('party.confirmed', (m, scope) =>
      inPeriod(scope, m.fullMembershipOn) && onRollOn(m.periods, m.fullMembershipOn!)
        ? [{ ...memberRow(m), date: m.fullMembershipOn }]
        : [],
    ),
    stepFigure('party.transfers-in', (m, scope) =>
      eventsOf(m, scope, ['transferred_in']).map((e) => ({
        ...memberRow(m),
        detail: `${text(e.details.fromOrganization) ?? ''} → ${m.organization.name}`,
        date: e.occurredOn,
      })),
    ),
    stepFigure('party.transfers-out', (m, scope) =>
      eventsOf(m, scope, ['transferred_out']).map((e) => ({
        ...memberRow(m),
        detail: `${m.organization.name} → ${text(e.details.toOrganization) ?? ''}`,
        date: e.occurredOn,
      })),
    ),
    stepFigure('party.left', (m, scope) =>
      eventsOf(m, scope, leavingTypes).map((e) => ({
        ...memberRow(m),
        part: e.type,
        partLabel: memberStateLabels[e.type as TMemberState]?.zh ?? e.type,
        date: e.occurredOn,
      })),
    ),
    { key: 'party.dues.due', rows: async (s) => duesRows(s, await figureMembers(s), 'due') },
    { key: 'party.dues.paid', rows: async (s) => duesRows(s, await figureMembers(s), 'paid') },
    { key: 'party.dues.owed', rows: async (s) => duesRows(s, await figureMembers(s), 'owed') },
    {
      // Held in the period, by the organisations in scope.
      key: 'party.meetings',
      rows: async (scope) =>
        (
          await scope.db.partyMeeting.findMany({
            where: {
              heldOn: { gte: toDbDate(scope.from), lte: toDbDate(scope.asOf) },
              deletedAt: null,
              organization: organizationsAsOf(scope),
            },
            select: {
              id: true,
              title: true,
              type: true,
              heldOn: true,
              organization: { select: { name: true, ...organizationSelect } },
            },
          })
        ).map((meeting) => ({
          recordType: 'party_meeting' as const,
          recordId: meeting.id,
          label: meeting.title,
          detail: meeting.organization.name,
          committeeId: committeeOfOrganization(scope, meeting.organization),
          part: meeting.type,
          partLabel:
            meetingTypeLabels[meeting.type as keyof typeof meetingTypeLabels]?.zh ?? meeting.type,
          date: meeting.heldOn.toISOString().slice(0, 10),
        })),
    },
  ],
}
