import { createLazyRoute } from '@tanstack/react-router'
import { ImportsPage } from '@/features/imports/components/imports-page'

export const Route = createLazyRoute('/app/imports')({ component: ImportsPage })
