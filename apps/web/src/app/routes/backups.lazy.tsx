import { createLazyRoute } from '@tanstack/react-router'
import { BackupsPage } from '@/features/backups/components/backups-page'

export const Route = createLazyRoute('/app/backups')({ component: BackupsPage })
