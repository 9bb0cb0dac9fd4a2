import { createLazyRoute } from '@tanstack/react-router'
import { ResidentsSelectionPrintPage } from '@/features/residents/components/residents-selection-print-page'

export const Route = createLazyRoute('/app/residents/selection/print')({
  component: ResidentsSelectionPrintPage,
})
