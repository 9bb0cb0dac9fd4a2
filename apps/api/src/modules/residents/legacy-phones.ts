import type pg from 'pg'
import type { TFieldCipher } from '../../lib/crypto/field-cipher.ts'
import { residentPhone } from './resident-row.ts'

type TQuery = Pick<pg.Pool, 'query'>
const batchSize = 1000

/**
 * Encrypts the phones an earlier version stored in the clear (`phone_legacy`, renamed from
 * `phone` by the migration that brought encryption: only the application holds the key), a
 * thousand rows per statement, and empties the column. Runs before the API serves requests;
 * returns how many it encrypted. A number that is not a phone any more (the rules tightened)
 * is kept as it was typed. The old row versions stay until VACUUM removes them.
 */
export const encryptLegacyPhones = async (pool: TQuery, cipher: TFieldCipher) => {
  let done = 0
  for (;;) {
    const { rows } = await pool.query<{ id: string; phone_legacy: string }>(
      `SELECT id, phone_legacy FROM resident WHERE phone_legacy IS NOT NULL LIMIT ${batchSize}`,
    )
    if (rows.length === 0) return done
    const columns = rows.map((r) => residentPhone(cipher, r.phone_legacy))
    await pool.query(
      `UPDATE resident r SET phone_cipher = v.cipher, phone_hash = v.hash,
         phone_masked = v.masked, phone_last4 = v.last4, phone_legacy = NULL
       FROM unnest($1::uuid[], $2::bytea[], $3::text[], $4::text[], $5::text[])
         AS v(id, cipher, hash, masked, last4)
       WHERE r.id = v.id`,
      [
        rows.map((r) => r.id),
        columns.map((c) => c.phoneCipher),
        columns.map((c) => c.phoneHash),
        columns.map((c) => c.phoneMasked),
        columns.map((c) => c.phoneLast4),
      ],
    )
    done += rows.length
  }
}
