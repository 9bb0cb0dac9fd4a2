import type { QueryClient } from '@tanstack/react-query'
import { createRouter } from '@tanstack/react-router'
import { PageNotFound } from '@/components/errors/page-not-found'
import { RouteError } from '@/components/errors/route-error'
import { PageLoading } from '@/components/ui/page-loading'
import { routeTree } from './route-tree'

export const createAppRouter = (queryClient: QueryClient) =>
  createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: 'intent',
    // Route data lives in TanStack Query; the router should not cache it a second time.
    defaultPreloadStaleTime: 0,
    defaultPendingComponent: PageLoading,
    // Errors and unknown paths show where they happen: inside the shell when signed in.
    defaultErrorComponent: RouteError,
    defaultNotFoundComponent: PageNotFound,
    scrollRestoration: true,
  })

export type TAppRouter = ReturnType<typeof createAppRouter>

declare module '@tanstack/react-router' {
  interface Register {
    router: TAppRouter
  }
}
