import { type Writable } from 'node:stream'
import { finished } from 'node:stream/promises'

/**
 * Waits until `out` takes more data. False when it is gone (destroyed: the client went away),
 * so the writer stops reading its rows instead of filling memory for nobody.
 */
export const readyForMore = async (out: Writable): Promise<boolean> => {
  if (out.destroyed) return false
  if (!out.writableNeedDrain) return true
  await new Promise<void>((resolve) => {
    const done = () => {
      out.off('drain', done)
      out.off('close', done)
      resolve()
    }
    out.on('drain', done)
    out.on('close', done)
  })
  return !out.destroyed
}

/** Waits for `out` to flush everything after `end()`; false when it was destroyed first. */
export const finishedWriting = (out: Writable): Promise<boolean> =>
  finished(out, { readable: false }).then(
    () => true,
    () => false,
  )
