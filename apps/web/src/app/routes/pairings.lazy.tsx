import { createLazyRoute } from '@tanstack/react-router'
import { PairingsPage } from '@/features/subsidies/components/pairings-page'

export const Route = createLazyRoute('/app/pairings')({ component: PairingsPage })
