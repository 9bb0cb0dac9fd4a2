import { createRoute } from '@tanstack/react-router'
import { appLayoutRoute } from './app-layout'

export const homeRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: '/',
}).lazy(() => import('./home.lazy').then((m) => m.Route))
