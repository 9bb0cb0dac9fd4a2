import { createLazyRoute } from '@tanstack/react-router'
import { ReviewsDuePage } from '@/features/subsidies/components/review-due-page'

export const Route = createLazyRoute('/app/subsidy-reviews')({ component: ReviewsDuePage })
