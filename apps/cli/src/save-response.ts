import { createWriteStream } from 'node:fs'
import { rename, rm } from 'node:fs/promises'
import { Readable } from 'node:stream'
import type { ReadableStream as TNodeReadableStream } from 'node:stream/web'
import { pipeline } from 'node:stream/promises'
import { CliError } from './cli-error.ts'

/**
 * Streams a response body into `path` chunk by chunk (an export can be hundreds of MB, so it is
 * never held in memory), reporting the bytes written so far. It writes `<path>.part` and renames
 * it at the end: a broken download never leaves a file that looks complete.
 */
export const saveResponse = async (
  response: Response,
  path: string,
  onBytes: (written: number) => void = () => {},
): Promise<number> => {
  if (!response.body) throw new CliError('服务器的回应没有内容', 1)
  const partial = `${path}.part`
  let written = 0
  try {
    await pipeline(
      // Node's fetch body is a node:stream/web ReadableStream; the DOM typing differs only in name.
      Readable.fromWeb(response.body as unknown as TNodeReadableStream<Uint8Array>),
      async function* (chunks: AsyncIterable<Uint8Array>) {
        for await (const chunk of chunks) {
          written += chunk.byteLength
          onBytes(written)
          yield chunk
        }
      },
      createWriteStream(partial),
    )
    await rename(partial, path)
  } catch (error) {
    await rm(partial, { force: true })
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message
    throw new CliError(`写入 ${path} 失败（${reason}）`, 1)
  }
  return written
}
