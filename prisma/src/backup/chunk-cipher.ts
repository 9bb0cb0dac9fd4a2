// AES-256-GCM over a stream, in chunks of at most 64 KiB, so memory stays bounded whatever the
// database's size. Each chunk: uint32 length of the ciphertext, ciphertext, 16-byte tag. The
// nonce is the header's random 8-byte prefix + the chunk's number; the associated data is the
// header's hash + a byte marking the last chunk — so chunks cannot be reordered, dropped,
// moved between files, or cut off at the end without the restore noticing.
import crypto from 'node:crypto'
import { Transform, type TransformCallback } from 'node:stream'
import { damaged } from './header.ts'

const CHUNK = 64 * 1024
const TAG = 16

const nonce = (prefix: Buffer, counter: number) => {
  const n = Buffer.alloc(12)
  prefix.copy(n, 0, 0, 8)
  n.writeUInt32BE(counter, 8)
  return n
}
const aad = (digest: Buffer, last: boolean) => Buffer.concat([digest, Buffer.from([last ? 1 : 0])])

export function encryptStream(key: Buffer, noncePrefix: Buffer, digest: Buffer): Transform {
  let pending: Buffer[] = []
  let size = 0
  let counter = 0
  const seal = (plain: Buffer, last: boolean) => {
    const cipher = crypto.createCipheriv('aes-256-gcm', key, nonce(noncePrefix, counter++))
    cipher.setAAD(aad(digest, last))
    const body = Buffer.concat([cipher.update(plain), cipher.final()])
    const length = Buffer.alloc(4)
    length.writeUInt32BE(body.length)
    return Buffer.concat([length, body, cipher.getAuthTag()])
  }
  return new Transform({
    transform(data: Buffer, _enc, done: TransformCallback) {
      pending.push(data)
      size += data.length
      while (size >= CHUNK) {
        const all = Buffer.concat(pending)
        this.push(seal(all.subarray(0, CHUNK), false))
        pending = [all.subarray(CHUNK)]
        size = all.length - CHUNK
      }
      done()
    },
    flush(done: TransformCallback) {
      // Always a last chunk (empty if need be): its mark proves the file was not cut short.
      this.push(seal(Buffer.concat(pending), true))
      done()
    },
  })
}

export function decryptStream(key: Buffer, noncePrefix: Buffer, digest: Buffer): Transform {
  let buffered: Buffer = Buffer.alloc(0)
  let counter = 0
  let ended = false
  return new Transform({
    transform(data: Buffer, _enc, done: TransformCallback) {
      buffered = buffered.length ? Buffer.concat([buffered, data]) : data
      try {
        while (buffered.length >= 4) {
          if (ended) throw damaged('data after the last chunk')
          const length = buffered.readUInt32BE(0)
          if (length > CHUNK) throw damaged('chunk too large')
          if (buffered.length < 4 + length + TAG) break
          const body = buffered.subarray(4, 4 + length)
          const tag = buffered.subarray(4 + length, 4 + length + TAG)
          buffered = buffered.subarray(4 + length + TAG)
          // Every chunk but the last is exactly CHUNK long (see encryptStream).
          const plain = open(body, tag, length < CHUNK)
          if (!plain) throw damaged(`chunk ${counter}`)
          if (plain.last) ended = true
          counter++
          this.push(plain.data)
        }
        done()
      } catch (error) {
        done(error as Error)
      }
    },
    flush(done: TransformCallback) {
      if (!ended || buffered.length > 0) done(damaged('the file ends too early'))
      else done()
    },
  })

  function open(body: Buffer, tag: Buffer, last: boolean) {
    try {
      const decipher = crypto.createDecipheriv('aes-256-gcm', key, nonce(noncePrefix, counter))
      decipher.setAAD(aad(digest, last))
      decipher.setAuthTag(tag)
      return { data: Buffer.concat([decipher.update(body), decipher.final()]), last }
    } catch {
      return null
    }
  }
}
