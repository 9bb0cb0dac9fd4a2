import { createLazyRoute } from '@tanstack/react-router'
import { PhoneShell } from '@/features/patrol/phone/phone-shell'

export const Route = createLazyRoute('/m')({ component: PhoneShell })
