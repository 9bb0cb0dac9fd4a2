/**
 * The `redirect` search parameter of the sign-in page, if it is a path inside this app.
 * Anything else (`https://evil.example`, `//evil.example`, `/\evil`) falls back to home, so the
 * sign-in page cannot be used to send a clerk to another site.
 */
export const safeRedirect = (value: unknown, fallback = '/'): string => {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2000) return fallback
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback
  if (value.startsWith('/login') || value.startsWith('/change-password')) return fallback
  return value
}
