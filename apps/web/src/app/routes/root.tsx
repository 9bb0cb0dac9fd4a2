import type { QueryClient } from '@tanstack/react-query'
import { Outlet, createRootRouteWithContext } from '@tanstack/react-router'
import { PageNotFound } from '@/components/errors/page-not-found'
import { RouteError } from '@/components/errors/route-error'

export type TRouterContext = { queryClient: QueryClient }

export const rootRoute = createRootRouteWithContext<TRouterContext>()({
  component: Outlet,
  errorComponent: RouteError,
  notFoundComponent: PageNotFound,
})
