import { RouterProvider } from '@tanstack/react-router'
import { createQueryClient } from '@/lib/query-client'
import { createGlobalErrorHandler } from './global-error-handler'
import { AppProviders } from './providers'
import { createAppRouter } from './router'

// The caches' error handler needs the router and the router needs the query client;
// the handler looks both up when an error happens, after both exist.
const queryClient = createQueryClient(
  createGlobalErrorHandler({ getRouter: () => router, getQueryClient: () => queryClient }),
)
const router = createAppRouter(queryClient)

export const App = () => (
  <AppProviders queryClient={queryClient}>
    <RouterProvider router={router} />
  </AppProviders>
)
