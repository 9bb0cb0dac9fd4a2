import type { TOutput } from './io.ts'

/**
 * One line of progress on stderr. On a terminal it is rewritten in place (`\r`); in a log file
 * or a CI job, where `\r` would pile up, a plain line at most every `everyMs`.
 */
export const createStatusLine = (out: TOutput, { everyMs = 5_000 } = {}) => {
  const inPlace = out.isTTY === true
  let shown = ''
  let lastPlainAt = 0

  return {
    show: (text: string) => {
      if (text === shown) return
      if (inPlace) {
        // Pad over the rest of a longer previous line.
        out.write(`\r${text}${' '.repeat(Math.max(0, shown.length - text.length))}`)
        shown = text
        return
      }
      const now = Date.now()
      if (now - lastPlainAt < everyMs) return
      lastPlainAt = now
      shown = text
      out.write(`${text}\n`)
    },
    /** Ends the in-place line so what follows starts on its own line. */
    end: () => {
      if (inPlace && shown) out.write('\n')
      shown = ''
    },
  }
}

export type TStatusLine = ReturnType<typeof createStatusLine>
