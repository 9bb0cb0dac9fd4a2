import { createLazyRoute } from '@tanstack/react-router'
import { PatrolRosterPage } from '@/features/patrol/components/patrol-roster-page'

export const Route = createLazyRoute('/app/patrol-roster')({ component: PatrolRosterPage })
