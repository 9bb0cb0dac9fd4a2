import { createLazyRoute } from '@tanstack/react-router'
import { StandardsPage } from '@/features/subsidies/components/standard-page'

export const Route = createLazyRoute('/app/subsidy-standards')({ component: StandardsPage })
