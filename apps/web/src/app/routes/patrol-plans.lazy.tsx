import { createLazyRoute } from '@tanstack/react-router'
import { PatrolPlansPage } from '@/features/patrol/components/patrol-plans-page'

export const Route = createLazyRoute('/app/patrol-plans')({ component: PatrolPlansPage })
