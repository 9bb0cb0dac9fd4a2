import { createLazyRoute } from '@tanstack/react-router'
import { HomePage } from '@/features/home/components/home-page'
import { PartyRemindersCard } from '@/features/party/components/party-reminders-card'
import { RentalRemindersCard } from '@/features/rentals/components/rental-reminders'

// The party's and the rentals' reminders join here, in the app layer: one feature does not import another.
const HomeRoute = () => (
  <>
    <HomePage />
    <div style={{ marginTop: 16 }}>
      <PartyRemindersCard />
    </div>
    <div style={{ marginTop: 16 }}>
      <RentalRemindersCard />
    </div>
  </>
)

export const Route = createLazyRoute('/app/')({ component: HomeRoute })
