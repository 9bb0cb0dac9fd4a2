import { queryOptions, useQuery, useSuspenseQuery } from '@tanstack/react-query'
import { ZMe, type TMe } from '@cr/shared/auth/auth'
import type { TPermission } from '@cr/shared/auth/roles'
import { apiRequest } from './api-client'
import { isProblemError } from './problem'

export const meQueryKey = ['auth', 'me'] as const

/** Who is signed in; `null` when nobody is (401), so "signed out" is data, not an error. */
export const getMe = async (signal?: AbortSignal): Promise<TMe | null> => {
  try {
    return await apiRequest('/auth/me', { signal }, ZMe)
  } catch (error) {
    if (isProblemError(error) && error.status === 401) return null
    throw error
  }
}

export const meQueryOptions = () =>
  queryOptions({
    queryKey: meQueryKey,
    queryFn: ({ signal }) => getMe(signal),
    staleTime: 5 * 60_000,
  })

/**
 * The signed-in user or null, for the frames (shell, password page) that must survive the
 * moment of signing out, when `me` turns null before the sign-in page replaces them.
 */
export const useMaybeMe = (): TMe | null => useQuery(meQueryOptions()).data ?? null

/** The signed-in user. Only used below the signed-in layout, which loads it first. */
export const useMe = (): TMe => {
  const { data } = useSuspenseQuery(meQueryOptions())
  if (!data) throw new Error('useMe() used outside the signed-in layout')
  return data
}

export const hasPermission = (me: TMe | null | undefined, permission: TPermission): boolean =>
  me?.permissions.includes(permission) ?? false

/** Whether the signed-in user may do this; the API checks again, this only hides controls. */
export const useCan = (permission: TPermission): boolean => hasPermission(useMe(), permission)

/** Ends the session on the server (the cookie is httpOnly, so only the server can clear it). */
export const logout = (): Promise<null> => apiRequest('/auth/logout', { method: 'POST' })
