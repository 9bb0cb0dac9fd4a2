import type { TPersonInput } from '@cr/shared/rentals/rental-person'
import { ZResidentCreate } from '@cr/shared/residents/resident'
import type { TPopulationCategory } from '@cr/shared/residents/resident-codes'
import { committeeScope } from '../../lib/actor.ts'
import { AppError, fieldError } from '../../lib/errors.ts'
import { fieldErrorFromIssue } from '../../lib/problem.ts'
import type { TWriteContext } from '../../lib/write.ts'
import { createResident } from '../residents/residents.service.ts'

/** A field error thrown under `path.` (the person's field in the request body). */
const under = (path: string, error: unknown) => {
  if (!(error instanceof AppError) || !error.fieldErrors) return error
  return new AppError(error.code, error.status, {
    fields: error.fieldErrors.map((f) => ({ ...f, path: `${path}.${f.path}` })),
    ...(error.existing ? { existing: error.existing } : {}),
  })
}

/**
 * The resident row a rental record names (ARCHITECTURE.md, People in ledgers): a registered
 * person in the actor's committees (else `<path>.residentId` is unknown, as for a person who does
 * not exist), or a new person registered through the residents' own createResident — validation,
 * encryption, blind index, audit — in the record's committee. An ID number already registered is
 * a 409 at `<path>.idNumber` with `existing` when the clerk may see that person: one identity per
 * person, never a silent link or a copy.
 */
export const resolvePerson = async (
  ctx: TWriteContext,
  committeeId: string,
  person: TPersonInput,
  path: string,
  options: { residence: 'here' | 'elsewhere'; category?: TPopulationCategory },
): Promise<string> => {
  if (person.residentId) {
    const row = await ctx.tx.resident.findFirst({
      where: { AND: [{ id: person.residentId, deletedAt: null }, committeeScope(ctx.actor)] },
      select: { id: true },
    })
    if (!row) throw fieldError(`${path}.residentId`, 'resident_unknown')
    return row.id
  }
  const parsed = ZResidentCreate.safeParse({
    committeeId,
    name: person.name,
    idNumber: person.idNumber,
    sex: person.sex,
    birthDate: person.birthDate,
    phone: person.phone,
    ...(options.category ? { category: options.category } : {}),
  })
  if (!parsed.success)
    throw new AppError('validation_failed', 400, {
      fields: parsed.error.issues.map((issue) => {
        const f = fieldErrorFromIssue(issue, 'zh')
        return { ...f, path: `${path}.${f.path}` }
      }),
    })
  try {
    const created = await createResident(ctx, parsed.data, { residence: options.residence })
    return created.id
  } catch (error) {
    throw under(path, error)
  }
}

/** What a person's reference shows (ZPersonRef): masked, as the residents list shows them. */
export const personSelect = {
  id: true,
  name: true,
  idNumberMasked: true,
  phoneMasked: true,
  residence: true,
} as const

export type TPersonRow = {
  id: string
  name: string
  idNumberMasked: string
  phoneMasked: string | null
  residence: 'here' | 'elsewhere'
}

export const toPersonRef = (row: TPersonRow) => ({
  id: row.id,
  name: row.name,
  idNumberMasked: row.idNumberMasked,
  phoneMasked: row.phoneMasked,
  residence: row.residence,
})
