import type { TMe } from '@cr/shared/auth/auth'
import type { TPermission } from '@cr/shared/auth/roles'
import { hasPermission } from '@/lib/auth'
import { ProblemError } from '@/lib/problem'

/** For `beforeLoad`: a page the user may not open renders the 403 result, like the API would. */
export const requirePermission = (me: TMe, permission: TPermission): void => {
  if (!hasPermission(me, permission)) {
    throw new ProblemError({ status: 403, code: 'forbidden', title: 'Forbidden' })
  }
}
