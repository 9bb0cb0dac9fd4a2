import { createLazyRoute } from '@tanstack/react-router'
import { RentalRemindersPage } from '@/features/rentals/components/rental-reminders'

export const Route = createLazyRoute('/app/rental-reminders')({
  component: RentalRemindersPage,
})
