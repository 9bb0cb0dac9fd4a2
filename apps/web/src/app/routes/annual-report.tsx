import { createRoute, redirect } from '@tanstack/react-router'
import { z } from 'zod'
import { browserToday, defaultReportYear } from '@/features/reports/utils/default-year'
import { appLayoutRoute } from './app-layout'
import { requirePermission } from './require-permission'

const ZReportSearch = z.object({ committeeId: z.uuid().optional().catch(undefined) })

/** 年度工作总结 without a year: last year's (this year's in December). */
export const annualReportIndexRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'reports/annual',
  beforeLoad: ({ context }) => {
    requirePermission(context.me, 'statistics:read')
    throw redirect({
      to: '/reports/annual/$year',
      params: { year: String(defaultReportYear(browserToday())) },
      replace: true,
    })
  },
})

/** 年度工作总结 of a year: the figures, tables and texts, each section's text editable. */
export const annualReportRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'reports/annual/$year',
  validateSearch: ZReportSearch,
  beforeLoad: ({ context }) => requirePermission(context.me, 'statistics:read'),
}).lazy(() => import('./annual-report.lazy').then((m) => m.Route))

/** The report on the print layout (A4). */
export const annualReportPrintRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: 'reports/annual/$year/print',
  validateSearch: ZReportSearch,
  beforeLoad: ({ context }) => requirePermission(context.me, 'statistics:read'),
}).lazy(() => import('./annual-report-print.lazy').then((m) => m.Route))
