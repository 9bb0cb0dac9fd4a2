/**
 * Text that can be stored. Two things a JSON string or a URL can carry are not: NUL (U+0000),
 * which PostgreSQL's `text` and `jsonb` refuse outright (an error mid-query), and a lone UTF-16
 * surrogate, which is not Unicode text at all — PostgreSQL's `json` refuses its `\ud800` escape
 * and UTF-8 encoding silently turns it into U+FFFD. Every other character, control characters
 * and surrogate pairs (CJK Extension B names) included, is kept.
 */
// eslint-disable-next-line no-control-regex -- finding NUL is the point
const unstorable = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/
const unstorableAll = new RegExp(unstorable.source, 'g')

export const isStorableText = (text: string): boolean => !unstorable.test(text)

/**
 * The text with what cannot be stored shown as U+FFFD (�). For text that is only shown back,
 * such as a spreadsheet's header or the cell a problem quotes; data with it is refused instead.
 */
export const storableText = (text: string): string => text.replace(unstorableAll, '\ufffd')

/** Enough to name the fields at fault; a hostile body may hold thousands, nested deep. */
const maxPaths = 20
const maxPathLength = 32

export type TPath = (string | number)[]

/** A path as a chain to its parent: copying arrays at each level would cost O(depth²). */
type TLink = { parent: TLink | undefined; key: string | number } | undefined

const toPath = (link: TLink): TPath => {
  const path: TPath = []
  for (let at = link; at; at = at.parent) path.push(at.key)
  return path.reverse().slice(0, maxPathLength)
}

/**
 * The paths of the strings in a JSON-like value that cannot be stored; for an object key, the
 * path of the object holding it (the key is not a field, and is not echoed back). Walks with an
 * explicit stack: a request body may nest hundreds of thousands of levels deep.
 */
export const unstorableTextPaths = (value: unknown): TPath[] => {
  const found: TPath[] = []
  const stack: { value: unknown; at: TLink }[] = [{ value, at: undefined }]
  while (stack.length > 0 && found.length < maxPaths) {
    const { value: current, at } = stack.pop()!
    if (typeof current === 'string') {
      if (!isStorableText(current)) found.push(toPath(at))
    } else if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--)
        stack.push({ value: current[i], at: { parent: at, key: i } })
    } else if (current !== null && typeof current === 'object') {
      const entries = Object.entries(current)
      if (entries.some(([key]) => !isStorableText(key))) found.push(toPath(at))
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, item] = entries[i]!
        if (isStorableText(key)) stack.push({ value: item, at: { parent: at, key } })
      }
    }
  }
  return found
}
