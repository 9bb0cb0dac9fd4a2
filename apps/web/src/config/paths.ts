/** Every page's path, in one place (bulletproof-react `config/paths.ts`). */
export const paths = {
  home: '/',
  login: '/login',
  changePassword: '/change-password',
  committees: '/committees',
  users: '/users',
  // Not /api-tokens: a prefix rule for /api (nginx, vite, the server) would swallow it.
  apiTokens: '/tokens',
  audit: '/audit',
  settings: '/settings',
} as const
