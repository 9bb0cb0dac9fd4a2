import { headRelationship, type ZHouseholdRegister } from '@cr/shared/households/household'
import { ZResidentCreate } from '@cr/shared/residents/resident'
import type { z } from 'zod'
import { AppError, type TFieldProblem } from '../../lib/errors.ts'
import { fieldErrorFromIssue } from '../../lib/problem.ts'
import type { TWriteContext } from '../../lib/write.ts'
import { createResident } from '../residents/residents.service.ts'
import { assertJoinable } from './household-members.ts'
import { establishHousehold, householdDwelling } from './households.service.ts'

type TRowProblems = { fields: TFieldProblem[]; invalid: boolean; existing?: AppError['existing'] }

/**
 * Runs a check or a write for row `i` of the request and keeps its field problems (their paths
 * put under `members.<i>.`), so one answer names every row that is wrong, not only the first.
 * Anything but a field problem (a lost database) is thrown as it is.
 */
const rowChecker = () => {
  const found: TRowProblems = { fields: [], invalid: false }
  const row = async (i: number, run: () => Promise<unknown>) => {
    try {
      await run()
    } catch (error) {
      if (!(error instanceof AppError) || !error.fieldErrors) throw error
      found.fields.push(...error.fieldErrors.map((f) => ({ ...f, path: `members.${i}.${f.path}` })))
      if (error.status !== 409) found.invalid = true
      found.existing ??= error.existing
    }
  }
  /** Refuses with every problem found: 400 when one of them is invalid input, else 409. */
  const refuseIfAny = () => {
    if (found.fields.length === 0) return
    throw new AppError(
      found.invalid ? 'validation_failed' : 'conflict',
      found.invalid ? 400 : 409,
      {
        fields: found.fields,
        ...(found.fields.length === 1 && found.existing ? { existing: found.existing } : {}),
      },
    )
  }
  return { row, refuseIfAny }
}

/**
 * 登记住户: a household and all its members in one request, all or nothing (one transaction).
 * Every row is checked before anything is written: existing residents must be in the dwelling's
 * committee and in no household; new people pass the residents' own contract (sex and birth
 * date from the ID number). New people are then registered through the residents' own
 * creation (encryption, blind index, one person per ID number, an audit row each); a number
 * already registered refuses the request with 409 at that row's `idNumber` — never a silent
 * link to the registered person, whose name and phone could differ from the typed ones. The
 * answer's `existing` (when the clerk may see that person) lets the form offer to pick them.
 */
export const registerHousehold = async (
  ctx: TWriteContext,
  input: z.output<typeof ZHouseholdRegister>,
) => {
  const dwelling = await householdDwelling(ctx, input.dwellingId)
  const date = input.movedInOn ?? ctx.today
  const checks = rowChecker()
  const people = new Map<number, z.output<typeof ZResidentCreate>>()
  for (const [i, m] of input.members.entries()) {
    if (m.kind === 'resident') {
      await checks.row(i, () =>
        assertJoinable(ctx, m.residentId, dwelling.committeeId, 'residentId'),
      )
      continue
    }
    const { kind: _k, relationship: _r, ...person } = m
    const parsed = ZResidentCreate.safeParse({ ...person, committeeId: dwelling.committeeId })
    if (parsed.success) people.set(i, parsed.data)
    else
      await checks.row(i, () => {
        throw new AppError('validation_failed', 400, {
          fields: parsed.error.issues.map((issue) => fieldErrorFromIssue(issue, 'zh')),
        })
      })
  }
  checks.refuseIfAny()

  const residentIds = new Map<number, string>()
  for (const [i, person] of people)
    await checks.row(i, async () => residentIds.set(i, (await createResident(ctx, person)).id))
  checks.refuseIfAny()

  const members = input.members.map((m, i) => ({
    residentId: m.kind === 'resident' ? m.residentId : residentIds.get(i)!,
    relationship: m.relationship,
  }))
  const head = members.find((m) => m.relationship === headRelationship)!
  const others = members.filter((m) => m !== head)
  return establishHousehold(ctx, dwelling, date, head.residentId, others)
}
