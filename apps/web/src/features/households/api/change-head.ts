import type { ZHouseholdChangeHead } from '@cr/shared/households/household'
import type { z } from 'zod'
import { useHouseholdAction } from './household-action'

/** 变更户主: a member becomes the head; every other member gets a relationship to them. */
export const useChangeHead = () =>
  useHouseholdAction<z.output<typeof ZHouseholdChangeHead>>('change-head')
