import { hash, verify } from '@node-rs/argon2'

/**
 * Argon2id at OWASP's second recommended setting (19 MiB, t=2, p=1): about 19 ms per hash on the
 * office machines (QUALITY.md 1.4). At most four hashes run at once so a burst of sign-ins cannot
 * exhaust memory or starve the event loop's thread pool.
 */
// `Algorithm` is a const enum, which isolated modules cannot import: 2 is `Algorithm.Argon2id`.
const argon2id = 2
const options = { algorithm: argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 }
const maxConcurrent = 4

let running = 0
const waiting: Array<() => void> = []

const withSlot = async <T>(work: () => Promise<T>): Promise<T> => {
  if (running >= maxConcurrent) await new Promise<void>((resolve) => waiting.push(resolve))
  running++
  try {
    return await work()
  } finally {
    running--
    waiting.shift()?.()
  }
}

export const hashPassword = (password: string): Promise<string> =>
  withSlot(() => hash(password, options))

export const verifyPassword = (passwordHash: string, password: string): Promise<boolean> =>
  withSlot(() => verify(passwordHash, password).catch(() => false))

/**
 * Verifying against this when the username is unknown makes a wrong username take as long as a
 * wrong password, so timing does not reveal which accounts exist.
 */
let dummyHash: Promise<string> | undefined
export const burnVerification = async (password: string): Promise<void> => {
  dummyHash ??= hashPassword('dummy-password-for-timing')
  await verifyPassword(await dummyHash, password)
}
