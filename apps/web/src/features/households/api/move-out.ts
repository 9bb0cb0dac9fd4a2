import type { ZHouseholdMoveOut } from '@cr/shared/households/household'
import type { z } from 'zod'
import { useHouseholdAction } from './household-action'

/** 迁出: a member (not the head) leaves, on a date, for a reason. */
export const useMoveOut = () => useHouseholdAction<z.output<typeof ZHouseholdMoveOut>>('move-out')
