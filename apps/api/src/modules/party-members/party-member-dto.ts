import type { TPartyMember } from '@cr/shared/party/party-member'
import { monthOf } from '@cr/shared/party/calendar'
import { duesStandard, type TDuesInput } from '@cr/shared/party/dues'
import { formatYuan } from '@cr/shared/party/money'
import { partyStanding } from '@cr/shared/party/party-standing'
import { dueFullMembershipDate } from '@cr/shared/party/probation'
import { fromDbDate } from '../../lib/dates.ts'
import type { TTransaction } from '../../lib/db-types.ts'
import { ageOn } from '../residents/resident-dto.ts'
import { duesRollInclude, memberRoll } from './party-member-roll.ts'

/** What a member's DTO needs: the person, their committee, the branch, and the dues paid. */
export const partyMemberInclude = {
  resident: {
    select: {
      id: true,
      name: true,
      idNumberMasked: true,
      sex: true,
      birthDate: true,
      education: true,
      ethnicity: true,
      phoneMasked: true,
      committee: { select: { id: true, name: true } },
      // A household in 低保 (a case in payment listing the member): 0.2 元 is suggested.
      subsidyMemberships: {
        where: { case: { deletedAt: null, stage: 'in_payment' } },
        select: { caseId: true },
        take: 1,
      },
    },
  },
  organization: { select: { id: true, name: true } },
  ...duesRollInclude,
} as const

type TRow = NonNullable<Awaited<ReturnType<TTransaction['partyMember']['findFirst']>>> & {
  resident: {
    id: string
    name: string
    idNumberMasked: string
    sex: string
    birthDate: Date
    education: string | null
    ethnicity: string | null
    phoneMasked: string | null
    committee: { id: string; name: string }
    subsidyMemberships?: { caseId: string }[]
  }
  organization: { id: string; name: string }
  payments: { month: string; amountFen: number }[]
  duesStandards: { fromMonth: string; amountFen: number }[]
}

const date = (d: Date | null) => (d ? fromDbDate(d) : null)

/** The stored basis back into the dues rule's input (the category says which basis it is). */
export const duesInputOf = (category: string, basisFen: number | null): TDuesInput => {
  if (category === 'employed' || category === 'retired' || category === 'self_employed')
    return { category, incomeFen: basisFen ?? 0 }
  if (category === 'farmer' || category === 'exempt') return { category, amountFen: basisFen ?? 0 }
  return { category: category as 'student' }
}

/**
 * What the member's standard rests on, as the profile says it: the rule as applied, or for a
 * member brought in by a roster (an amount, no income basis) the amount the roster states.
 */
const duesDescription = (row: TRow): string => {
  const input = duesInputOf(row.duesCategory, row.duesBasisFen)
  if ('incomeFen' in input && row.duesBasisFen === null)
    return row.duesStandardFen > 0
      ? `台账记载每月 ${formatYuan(row.duesStandardFen)} 元（收入基数待核定）`
      : '党费标准未核定'
  const standard = duesStandard(input)
  return standard.ok ? standard.value.description.zh : ''
}

export const toPartyMemberDto = (row: TRow, today: string): TPartyMember => {
  const joinedOn = fromDbDate(row.joinedOn)
  const fullMembershipOn = date(row.fullMembershipOn)
  const due = dueFullMembershipDate(joinedOn, row.probationExtendedMonths)
  return {
    id: row.id,
    version: row.version,
    resident: {
      id: row.resident.id,
      name: row.resident.name,
      idNumberMasked: row.resident.idNumberMasked,
      sex: row.resident.sex as '1' | '2',
      birthDate: fromDbDate(row.resident.birthDate),
      age: ageOn(row.resident.birthDate, today),
      education: row.resident.education,
      ethnicity: row.resident.ethnicity,
      phoneMasked: row.resident.phoneMasked,
      committee: row.resident.committee,
    },
    organization: row.organization,
    status: row.status as TPartyMember['status'],
    state: row.state as TPartyMember['state'],
    category: row.category as TPartyMember['category'],
    appliedOn: date(row.appliedOn),
    activistOn: date(row.activistOn),
    candidateOn: date(row.candidateOn),
    joinedOn,
    fullMembershipOn,
    probationExtendedMonths: row.probationExtendedMonths,
    probationDueOn: row.status === 'probationary' && due.ok ? due.value : null,
    partyStanding: partyStanding(
      { joinedOn, fullMembershipOn, probationExtendedMonths: row.probationExtendedMonths },
      today,
    ),
    introducers: row.introducers,
    partyPosts: row.partyPosts,
    lostContactOn: date(row.lostContactOn),
    hardship: row.hardship,
    dues: {
      category: row.duesCategory as TPartyMember['dues']['category'],
      standardFen: row.duesStandardFen,
      description: duesDescription(row),
      paidThrough: memberRoll(row, monthOf(today))?.paidUpTo ?? row.duesSettledThrough,
      settledThrough: row.duesSettledThrough,
      subsistenceCaseId:
        row.duesCategory === 'subsistence' || row.duesCategory === 'exempt'
          ? null
          : (row.resident.subsidyMemberships?.[0]?.caseId ?? null),
    },
    notes: row.notes,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }
}
