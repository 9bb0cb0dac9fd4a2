import type { TApp } from '../app.ts'
import { defaultTestPassword } from './factories.ts'

/** Signs in through the real endpoint and returns the cookie header for later requests. */
export const signIn = async (app: TApp, username: string, password = defaultTestPassword) => {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password },
  })
  if (response.statusCode !== 200)
    throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`)
  const cookie = response.cookies.find((c) => c.name === 'cr_session')
  if (!cookie) throw new Error('sign-in set no session cookie')
  return { cookie: `cr_session=${cookie.value}` }
}
