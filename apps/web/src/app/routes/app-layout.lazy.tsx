import { createLazyRoute } from '@tanstack/react-router'
import { AppShell } from '@/components/layout/app-shell'

export const Route = createLazyRoute('/app')({ component: AppShell })
