import type { TRole } from '@cr/shared/auth/roles'
import { birthDateForAge, yearOf } from './calendar.ts'
import { pickGivenName, pickSurname } from './names.ts'
import type { TRandom } from './random.ts'

export type TPlannedStaff = {
  username: string
  displayName: string
  role: TRole
  /** The committee key (clerks), or null for the supervisor who sees all. */
  committeeKey: string | null
}

const staffName = (random: TRandom, today: string, male: boolean) => {
  const birthYear = yearOf(birthDateForAge(random, today, random.int(28, 52)))
  return `${pickSurname(random)}${pickGivenName(random, birthYear, male)}`
}

/** One clerk per committee (`clerk_<pinyin>`) and a supervisor, `leader`, who sees them all. */
export const planStaff = (
  random: TRandom,
  committees: { key: string }[],
  today: string,
): TPlannedStaff[] => [
  ...committees.map((c) => ({
    username: `clerk_${c.key}`,
    displayName: staffName(random, today, random.chance(0.3)),
    role: 'clerk' as const,
    committeeKey: c.key,
  })),
  {
    username: 'leader',
    displayName: staffName(random, today, random.chance(0.6)),
    role: 'supervisor',
    committeeKey: null,
  },
]
