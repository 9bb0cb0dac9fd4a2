import { createHash, randomBytes } from 'node:crypto'
import { v7 } from 'uuid'

/** Time-ordered ids: new rows append to the primary-key index and sort by creation. */
export const newId = (): string => v7()

/** A secret with 256 bits from the CSPRNG, URL-safe. */
export const randomSecret = (bytes = 32): string => randomBytes(bytes).toString('base64url')

/** Secrets (session cookies, API tokens) are stored only as their SHA-256. */
export const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex')
