import { useQuery } from '@tanstack/react-query'
import { ZRentalReminders } from '@cr/shared/rentals/rental-reminders'
import { apiRequest } from '@/lib/api-client'
import { rentalCheckKeys } from './rental-check-keys'

/** 出租房屋提醒 as of today, in the user's committees. */
export const useRentalReminders = (enabled = true) =>
  useQuery({
    queryKey: rentalCheckKeys.reminders(),
    queryFn: ({ signal }) => apiRequest('/rental-reminders', { signal }, ZRentalReminders),
    enabled,
  })
