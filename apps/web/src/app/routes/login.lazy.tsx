import { createLazyRoute, getRouteApi, useRouter } from '@tanstack/react-router'
import type { TMe } from '@cr/shared/auth/auth'
import { paths } from '@/config/paths'
import { LoginPage } from '@/features/auth/components/login-page'
import { safeRedirect } from '@/lib/safe-redirect'

const routeApi = getRouteApi('/login')

const LoginRoute = () => {
  const search = routeApi.useSearch()
  const router = useRouter()
  const onSignedIn = (me: TMe) => {
    if (me.mustChangePassword) void router.navigate({ to: paths.changePassword })
    else void router.navigate({ href: safeRedirect(search.redirect) })
  }
  return <LoginPage expired={search.expired === true} onSignedIn={onSignedIn} />
}

export const Route = createLazyRoute('/login')({ component: LoginRoute })
