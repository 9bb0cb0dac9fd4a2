import type { InjectOptions } from 'fastify'
import type { TFuzzRequest, TOperation } from './fuzz-requests.ts'
import { DeepJson, Huge, KnownIdNumber, KnownUsername, RealCursor, RealId } from './placeholders.ts'

/** What the running world knows: real ids by the records' name, real cursors by list path. */
export type TResolver = {
  id: (name: string | undefined, index: number) => string
  cursor: (path: string, index: number) => string
  idNumber: (index: number) => string
  username: () => string
}

const resolve = (value: unknown, r: TResolver, path: string): unknown => {
  if (value instanceof RealId) return r.id(value.field, value.index)
  if (value instanceof RealCursor) return r.cursor(path, value.index)
  if (value instanceof KnownIdNumber) return r.idNumber(value.index)
  if (value instanceof KnownUsername) return r.username()
  if (value instanceof Huge || value instanceof DeepJson) return value.toString()
  if (Array.isArray(value)) return value.map((v) => resolve(v, r, path))
  if (value && typeof value === 'object') {
    // Own keys only, `__proto__` included: it is sent as a key, as an attacker would.
    const copy: Record<string, unknown> = Object.create(null)
    for (const key of Object.keys(value))
      copy[key] = resolve((value as Record<string, unknown>)[key], r, path)
    return copy
  }
  return value
}

/** Percent-encoding that also carries a lone surrogate (encodeURIComponent throws on it). */
const encode = (text: string) =>
  Array.from(text, (char) => {
    const code = char.charCodeAt(0)
    return char.length === 1 && code >= 0xd800 && code <= 0xdfff
      ? '%ED%A0%80'
      : encodeURIComponent(char)
  }).join('')

/** A parameter as text: what a client would put in a URL for a value of any type. */
const asText = (value: unknown) =>
  typeof value === 'string' ? value : value === undefined ? '' : JSON.stringify(value)

const boundary = 'fuzzBoundary7MA4YWxk'

const multipart = (body: Extract<TFuzzRequest['body'], { kind: 'multipart' }>, r: TResolver) => {
  const parts = body.parts.map((part) => {
    const content = resolve(part.content, r, '')
    const disposition =
      `form-data; name="${part.name}"` +
      (part.filename === undefined ? '' : `; filename="${part.filename}"`)
    return `--${boundary}\r\nContent-Disposition: ${disposition}\r\n\r\n${asText(content)}\r\n`
  })
  const text = `${parts.join('')}--${boundary}--\r\n`
  return {
    contentType:
      body.framing === 'no-boundary'
        ? 'multipart/form-data'
        : `multipart/form-data; boundary=${boundary}`,
    payload: body.framing === 'cut-short' ? text.slice(0, Math.max(0, text.length - 12)) : text,
  }
}

export const toInject = (
  operation: TOperation,
  request: TFuzzRequest,
  r: TResolver,
  cookie: string | undefined,
): InjectOptions => {
  const path = operation.path.replace(/\{(\w+)\}/g, (_, name: string) =>
    encode(asText(resolve(request.path[name], r, operation.path))),
  )
  const query = request.query
    .flatMap(([name, value]) => {
      const resolved = resolve(value, r, operation.path)
      // An array is the same parameter repeated, as `?tag=a&tag=b`.
      return (Array.isArray(resolved) ? resolved : [resolved]).map(
        (v) => `${encode(name)}=${encode(asText(v))}`,
      )
    })
    .join('&')
  const { authorization, ...rest } = request.headers
  const headers: Record<string, string> = {
    ...rest,
    // A hostile credential beside a session would sign the fuzzer out: only for nobody.
    ...(authorization && request.actor === 'anonymous' ? { authorization } : {}),
    ...(cookie ? { cookie } : {}),
  }
  const options: InjectOptions = {
    method: operation.method.toUpperCase() as InjectOptions['method'],
    url: query ? `${path}?${query}` : path,
    headers,
  }
  const { body } = request
  if (body.kind === 'json') {
    headers['content-type'] = 'application/json'
    options.payload = JSON.stringify(resolve(body.value, r, operation.path)) ?? 'null'
  } else if (body.kind === 'raw') {
    if (body.contentType) headers['content-type'] = body.contentType
    options.payload = body.text.toString()
  } else if (body.kind === 'multipart') {
    const { contentType, payload } = multipart(body, r)
    headers['content-type'] = contentType
    options.payload = payload
  }
  return options
}
