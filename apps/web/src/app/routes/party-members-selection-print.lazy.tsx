import { createLazyRoute } from '@tanstack/react-router'
import { MembersSelectionPrintPage } from '@/features/party/components/members-selection-print-page'

export const Route = createLazyRoute('/app/party/members/selection/print')({
  component: MembersSelectionPrintPage,
})
