import type { ZHouseholdMoveIn } from '@cr/shared/households/household'
import type { z } from 'zod'
import { useHouseholdAction } from './household-action'

/** 迁入成员: a resident in no household joins this one, with their relationship to the head. */
export const useMoveIn = () => useHouseholdAction<z.output<typeof ZHouseholdMoveIn>>('move-in')
