import { createLazyRoute } from '@tanstack/react-router'
import { PatrolTeamsPage } from '@/features/patrol/components/patrol-teams-page'

export const Route = createLazyRoute('/app/patrol-teams')({ component: PatrolTeamsPage })
