import { createLazyRoute } from '@tanstack/react-router'
import { PatrolRoutesPage } from '@/features/patrol/components/patrol-routes-page'

export const Route = createLazyRoute('/app/patrol-routes')({ component: PatrolRoutesPage })
