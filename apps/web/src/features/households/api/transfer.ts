import type { ZHouseholdTransfer } from '@cr/shared/households/household'
import type { z } from 'zod'
import { useHouseholdAction } from './household-action'

/** 迁到他户: a member moves to another household, with a relationship to its head. */
export const useTransfer = () => useHouseholdAction<z.output<typeof ZHouseholdTransfer>>('transfer')
