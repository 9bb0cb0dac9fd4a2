import { createLazyRoute } from '@tanstack/react-router'
import { HomePage } from '@/features/home/components/home-page'
import { PartyRemindersCard } from '@/features/party/components/party-reminders-card'
import { RentalRemindersCard } from '@/features/rentals/components/rental-reminders'
import { ReviewRemindersCard } from '@/features/subsidies/components/review-reminders-card'

// The party's, the rentals' and the subsidies' reminders join here, in the app layer: one feature does not import another.
const HomeRoute = () => (
  <>
    <HomePage />
    <div style={{ marginTop: 16 }}>
      <PartyRemindersCard />
    </div>
    <div style={{ marginTop: 16 }}>
      <RentalRemindersCard />
    </div>
    <div style={{ marginTop: 16 }}>
      <ReviewRemindersCard />
    </div>
  </>
)

export const Route = createLazyRoute('/app/')({ component: HomeRoute })
