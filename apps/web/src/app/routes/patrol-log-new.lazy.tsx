import { createLazyRoute } from '@tanstack/react-router'
import { PatrolLogFormPage } from '@/features/patrol/components/patrol-log-form-page'

const PatrolLogNewRoute = () => <PatrolLogFormPage />

export const Route = createLazyRoute('/app/patrol-logs/new')({ component: PatrolLogNewRoute })
