import { Navigate, createLazyRoute, useRouter } from '@tanstack/react-router'
import { ChangePasswordPage } from '@/features/auth/components/change-password-page'
import { paths } from '@/config/paths'
import { useMaybeMe } from '@/lib/auth'

const ChangePasswordRoute = () => {
  const router = useRouter()
  if (!useMaybeMe()) return <Navigate to={paths.login} />
  return <ChangePasswordPage onDone={() => void router.navigate({ to: paths.home })} />
}

export const Route = createLazyRoute('/change-password')({ component: ChangePasswordRoute })
