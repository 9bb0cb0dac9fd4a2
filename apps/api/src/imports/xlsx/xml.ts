import { SaxesParser, type SaxesTagPlain } from 'saxes'

/**
 * SpreadsheetML read with saxes, a strict streaming XML parser: tag names without their
 * namespace prefix (`x:row` and `row` are the same element; some writers prefix every tag),
 * entities decoded, CDATA as text.
 */
export type TXmlHandlers = {
  open?: (name: string, attributes: Record<string, string>) => void
  close?: (name: string) => void
  text?: (text: string) => void
}

export const localName = (name: string): string => {
  const colon = name.indexOf(':')
  return colon < 0 ? name : name.slice(colon + 1)
}

/** An attribute by its local name (`r:id` is found as `id`). */
export const attribute = (attributes: Record<string, string>, name: string): string | undefined => {
  if (name in attributes) return attributes[name]
  for (const key in attributes) if (localName(key) === name) return attributes[key]
  return undefined
}

export const xmlParser = (handlers: TXmlHandlers): SaxesParser => {
  const parser = new SaxesParser()
  const { open, close, text } = handlers
  if (open) parser.on('opentag', (tag: SaxesTagPlain) => open(localName(tag.name), tag.attributes))
  if (close) parser.on('closetag', (tag: SaxesTagPlain) => close(localName(tag.name)))
  if (text) {
    parser.on('text', text)
    parser.on('cdata', text)
  }
  parser.on('error', (error) => {
    throw error
  })
  return parser
}

/** Parses a whole (small) part. */
export const parseXml = (xml: string, handlers: TXmlHandlers): void => {
  xmlParser(handlers).write(xml).close()
}

/** Parses a part as it streams in, handing on what `drain` collected after each chunk. */
export async function* parseXmlStream<T>(
  bytes: AsyncIterable<Uint8Array>,
  handlers: TXmlHandlers,
  drain: () => T[],
): AsyncGenerator<T> {
  const parser = xmlParser(handlers)
  // Streaming decode: a chunk may end inside a character of more than one byte.
  const decoder = new TextDecoder('utf-8', { fatal: true })
  for await (const chunk of bytes) {
    parser.write(decoder.decode(chunk, { stream: true }))
    yield* drain()
  }
  parser.write(decoder.decode())
  parser.close()
  yield* drain()
}
