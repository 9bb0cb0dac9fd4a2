// Rows and a checksum of a table's COPY text, independent of row order: the sum (mod 2^256) of
// each row's SHA-256. A restored table's rows come back in another physical order once later
// migrations touch it; the sum still matches, and a missing, extra or changed row does not.
import crypto from 'node:crypto'

const MOD = 1n << 256n

export class RowChecksum {
  rows = 0
  private sum = 0n
  private rest: Buffer = Buffer.alloc(0)

  /** Feed COPY text output as it comes: rows end with "\n" (a newline in data is escaped). */
  update(chunk: Buffer): void {
    const data = this.rest.length ? Buffer.concat([this.rest, chunk]) : chunk
    let start = 0
    for (let end = data.indexOf(10, start); end !== -1; end = data.indexOf(10, start)) {
      this.addRow(data.subarray(start, end))
      start = end + 1
    }
    // A copy: the tail must not keep the whole chunk alive.
    this.rest = Buffer.from(data.subarray(start))
  }

  addRow(row: Buffer | string): void {
    const hex = crypto.createHash('sha256').update(row).digest('hex')
    this.sum = (this.sum + BigInt('0x' + hex)) % MOD
    this.rows++
  }

  digest(): string {
    if (this.rest.length) throw new Error('COPY output did not end with a newline')
    return this.sum.toString(16).padStart(64, '0')
  }
}
