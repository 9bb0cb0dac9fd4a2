import type { TPopulationCategory, TResidentTag } from '@cr/shared/residents/resident-codes'
import { composeIdNumber } from '@cr/shared/validators/id-number'
import {
  hasPhone,
  pickEducation,
  pickEmployment,
  pickMobile,
  pickPoliticalStatus,
} from './attributes.ts'
import { birthDateForAge, yearOf } from './calendar.ts'
import type { TMemberDraft } from './families.ts'
import { pickGivenName, pickSurname } from './names.ts'
import type { TRandom } from './random.ts'

/** A resident of the demo, with the plain ID number (encrypted only when written). */
export type TPlannedResident = {
  id: string
  committeeId: string
  name: string
  idNumber: string
  male: boolean
  birthDate: string
  age: number
  ethnicity: string
  education: string | null
  politicalStatus: string | null
  maritalStatus: string
  employmentStatus: string | null
  phone: string | null
  category: TPopulationCategory
  tags: TResidentTag[]
  notes: string | null
}

export type TPersonContext = {
  committeeId: string
  /** GB/T 2260 code the ID number starts with: where the person was first registered. */
  region: string
  category: TPopulationCategory
  ethnicity: string
  tenant: boolean
  /** Names already used in the household: no two members share one. */
  names: Set<string>
}

/**
 * Turns family drafts into people: a name of their generation, a birth date that gives their
 * age today, a valid ID number (GB 11643: region, birth date, a sequence whose parity is the
 * sex, check character) unique in the demo, and attributes and a phone to match.
 */
export const createPeopleMaker = (random: TRandom, today: string, newId: () => string) => {
  const usedIds = new Set<string>()
  const usedPhones = new Set<string>()

  const idNumber = (region: string, birthDate: string, male: boolean) => {
    for (;;) {
      const sequence = random.int(0, 499) * 2 + (male ? 1 : 0)
      const value = composeIdNumber(region, birthDate, sequence)
      if (!usedIds.has(value.slice(0, 17))) {
        usedIds.add(value.slice(0, 17))
        return value
      }
    }
  }

  const name = (
    draft: Pick<TMemberDraft, 'surname' | 'male'>,
    birthYear: number,
    taken: Set<string>,
  ) => {
    for (let attempt = 0; ; attempt++) {
      const candidate = `${draft.surname}${pickGivenName(random, birthYear, draft.male)}`
      if (!taken.has(candidate) || attempt > 20) {
        taken.add(candidate)
        return candidate
      }
    }
  }

  const resident = (draft: TMemberDraft, context: TPersonContext): TPlannedResident => {
    const birthDate = birthDateForAge(random, today, draft.age)
    const facts = {
      age: draft.age,
      male: draft.male,
      birthYear: yearOf(birthDate),
      tenant: context.tenant,
    }
    return {
      id: newId(),
      committeeId: context.committeeId,
      name: name(draft, facts.birthYear, context.names),
      idNumber: idNumber(context.region, birthDate, draft.male),
      male: draft.male,
      birthDate,
      age: draft.age,
      ethnicity: context.ethnicity,
      education: pickEducation(random, facts),
      politicalStatus: pickPoliticalStatus(random, facts),
      maritalStatus: draft.maritalStatus,
      employmentStatus: pickEmployment(random, facts),
      phone: hasPhone(random, draft.age) ? pickMobile(random, usedPhones) : null,
      category: context.category,
      tags: [],
      notes: null,
    }
  }

  /** Someone who is not a resident here: a landlord or owner living elsewhere. */
  const outsider = (region: string) => {
    const male = random.chance(0.6)
    const birthDate = birthDateForAge(random, today, random.int(35, 72))
    const draft = { surname: pickSurname(random), male }
    return {
      name: name(draft, yearOf(birthDate), new Set()),
      idNumber: idNumber(region, birthDate, male),
    }
  }

  return { resident, outsider }
}

export type TPeopleMaker = ReturnType<typeof createPeopleMaker>
