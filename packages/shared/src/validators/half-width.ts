/**
 * Text as clerks and Excel leave it, made plain: full-width digits and letters, dashes, spaces.
 * A module of its own, without zod or the ID-number rules: the web app's list searches (loaded
 * at start) tell an ID number from a name with `normalizeIdNumber`, and the whole of
 * id-number.ts and phone.ts came with it (the bundle budget, ARCHITECTURE.md "The web build").
 * Re-exported by phone.ts and id-number.ts, where they are used.
 */
const fullWidthDigits = /[\uFF10-\uFF19]/g

export const toHalfWidth = (value: string): string =>
  value
    .replace(fullWidthDigits, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/\uFF0D|\u2014|\u2013/g, '-')
    .replace(/\u3000/g, ' ')

/** Full-width digits and letters, spaces, dashes and a lower-case x, as clerks and Excel leave them. */
export const normalizeIdNumber = (raw: string): string =>
  toHalfWidth(raw)
    .replace(/[\uFF21-\uFF3A\uFF41-\uFF5A]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\-'’‘]/g, '')
    .toUpperCase()
