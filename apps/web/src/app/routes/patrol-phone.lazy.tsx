import { createLazyRoute } from '@tanstack/react-router'
import { PatrolPhonePage } from '@/features/patrol/phone/patrol-phone-page'

export const Route = createLazyRoute('/m/patrol')({ component: PatrolPhonePage })
