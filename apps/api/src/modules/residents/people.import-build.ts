import { relationshipSexMismatch, relationshipTable } from '@cr/shared/code-tables/relationship'
import { ZResidentCreate } from '@cr/shared/residents/resident'
import type { z } from 'zod'
import type { TActor } from '../../lib/actor.ts'
import type { TTransaction } from '../../lib/db-types.ts'
import { fillMessage } from '../../imports/column-missing.ts'
import { importMessages } from '../../imports/import-messages.ts'
import type { TBuildIssue } from '../../imports/ledger-type.ts'
import type { TLedgerDate } from '../../imports/normalise-date.ts'
import { issueCode } from '../../imports/problems.ts'
import type { TPersonField } from './people.import-fields.ts'

/**
 * A ledger row's person, built and checked with the registry's own contract (`ZResidentCreate`):
 * the ID number's rules, sex and birth date read from it and checked against the sheet's, the
 * codes, the phone. One person per row; the ledger type adds what it records about them.
 */

/** The person as the registry will keep them; the committee may be left to the check. */
export type TPersonInput = Omit<z.output<typeof ZResidentCreate>, 'committeeId'> & {
  /**
   * Null when the ledger names none and the type needs one only for new people
   * (`committee: 'new people'`): a registered person keeps theirs, a new one is placed by
   * their 家庭住址 (`placeNewPeople`).
   */
  committeeId: string | null
}

export type TLedgerPerson = {
  resident: TPersonInput
  /**
   * Fields left blank that took the schema's default (人口类别 → 户籍, 标签 → none): an import
   * with "update existing" must not overwrite the registry's value with that default.
   */
  defaulted: ('category' | 'tags')[]
  /** 家庭住址 as written, or null: where a person not yet registered is placed. */
  homeAddress: string | null
}

/** What person rows are built against: the committees the importing user may write to. */
export type TPeopleContext = {
  /** Committees in the user's scope, by name (居委会 column). */
  committees: ReadonlyMap<string, string>
  /** The committee chosen for the import, for rows (or ledgers) without a committee. */
  defaultCommitteeId?: string
}

/**
 * Which rows need a committee. `every row`: the ledger places people in its committee's
 * dwellings (the residents ledger). `new people`: only a person not yet in the registry needs
 * one, to be registered in it — named in the row, chosen for the import, or found from their
 * 家庭住址 (a party roster kept by the 党工委 has no 居委会 column).
 */
export type TCommitteeRule = 'every row' | 'new people'

/** The committees the importing user may write to, and the one chosen for the import. */
export const peopleContext = async (
  db: TTransaction,
  actor: TActor,
  options: { committeeId?: string },
): Promise<TPeopleContext> => {
  const committees = await db.committee.findMany({
    where: {
      AND: [{ deletedAt: null }, actor.allCommittees ? {} : { id: { in: actor.committeeIds } }],
    },
    select: { id: true, name: true },
  })
  const byName = new Map(committees.map((c) => [c.name, c.id]))
  const chosen = committees.find((c) => c.id === options.committeeId)
  return { committees: byName, ...(chosen ? { defaultCommitteeId: chosen.id } : {}) }
}

type TValues = Partial<Record<TPersonField, unknown>>
const text = (values: TValues, key: TPersonField) => values[key] as string | undefined

/** Keeps a committee problem from hiding the row's other problems. */
const placeholderCommittee = '00000000-0000-7000-8000-000000000000'

export type TPersonBuild<P extends TPersonField = TPersonField> =
  | { ok: true; person: TLedgerPerson; issues: TBuildIssue<P>[] }
  | { ok: false; person: null; issues: TBuildIssue<P>[] }

/**
 * One row's person from the normalised values of the person columns the ledger has (`P`); the
 * issues name those columns only (a column the ledger lacks is blank, so it cannot fail).
 */
export const buildPerson = <P extends TPersonField>(
  values: Partial<Record<P, unknown>>,
  context: TPeopleContext,
  rule: TCommitteeRule,
): TPersonBuild<P> => buildAnyPerson(values, context, rule) as TPersonBuild<P>

const buildAnyPerson = (
  values: TValues,
  context: TPeopleContext,
  rule: TCommitteeRule,
): TPersonBuild => {
  const issues: TBuildIssue<TPersonField>[] = []

  const committeeName = text(values, 'committee')
  let committeeId: string | null = null
  if (committeeName !== undefined) {
    committeeId = context.committees.get(committeeName) ?? null
    if (!committeeId) issues.push({ field: 'committee', code: 'committee_unknown' })
  } else if (context.defaultCommitteeId) committeeId = context.defaultCommitteeId
  else if (rule === 'every row') issues.push({ field: 'committee', code: 'committee_required' })

  const birth = values.birthDate as TLedgerDate | undefined
  const parsed = ZResidentCreate.safeParse({
    committeeId: committeeId ?? placeholderCommittee,
    name: text(values, 'name') ?? '',
    idNumber: text(values, 'idNumber') ?? '',
    sex: values.sex,
    birthDate: birth?.precision === 'day' ? birth.value : undefined,
    ethnicity: values.ethnicity,
    education: values.education,
    politicalStatus: values.politicalStatus,
    maritalStatus: values.maritalStatus,
    employmentStatus: values.employmentStatus,
    phone: values.phone,
    category: values.category,
    tags: values.tags,
    notes: values.notes,
  })
  if (!parsed.success)
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? '')
      issues.push({
        field: key === 'committeeId' ? 'committee' : (key as TPersonField),
        code: issueCode(issue),
      })
    }
  // 出生年月 (year and month only) is checked against the ID number's birth date.
  else if (birth?.precision === 'month' && !parsed.data.birthDate.startsWith(birth.value))
    issues.push({ field: 'birthDate', code: 'birth_date_mismatch' })

  if (issues.length || !parsed.success) return { ok: false, person: null, issues }
  const defaulted = (['category', 'tags'] as const).filter((k) => values[k] === undefined)
  // In place, not spread: this runs for every row of a large ledger.
  const resident: TPersonInput = parsed.data
  if (committeeId === null) resident.committeeId = null
  return {
    ok: true,
    person: {
      resident,
      defaulted,
      homeAddress: text(values, 'homeAddress') ?? null,
    },
    issues: [],
  }
}

const sexWord = { '1': '男', '2': '女' } as const

/**
 * A warning when the person's relationship to the household head (GB/T 4761) implies the other
 * sex than their ID number's (子 with an even sequence digit, 妻 for a man): shown beside the
 * row, which is imported all the same — the relationship may be miswritten, or the number.
 */
export const relationshipSexWarning = (
  { resident }: Pick<TLedgerPerson, 'resident'>,
  relationship: string,
): TBuildIssue<'relationship'> | undefined => {
  const mismatch = relationshipSexMismatch(relationship, resident.sex)
  if (mismatch === null) return undefined
  return {
    field: 'relationship',
    code: 'relationship_sex_mismatch',
    message: fillMessage(importMessages.relationship_sex_mismatch.zh, {
      relationship: relationshipTable.nameOf(relationship) ?? relationship,
      implied: sexWord[mismatch.implied],
      actual: sexWord[mismatch.actual],
    }),
  }
}
