import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import type { InjectOptions } from 'fastify'
import type { TApp } from '../../app.ts'
import type { TRouteInfo } from '../../plugins/app/route-registry.ts'
import { isWrite } from './routes.ts'
import type { TTarget } from './route-targets.ts'
import type { TWorld } from './world.ts'

export type TAnswer = { status: number; body: unknown }

/** A workbook's cells, sheet by sheet: its zip is stamped with the time it was made. */
const workbookCells = async (content: Buffer) => {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(content as unknown as ArrayBuffer)
  return workbook.worksheets.map((sheet) => ({
    name: sheet.name,
    rows: sheet.getSheetValues().map((row) => JSON.stringify(row)),
  }))
}

/** A multipart body as the web app sends an upload: `options` (JSON) and `file`. */
const multipart = async (options: object, name: string, content: string) => {
  const form = new FormData()
  form.append('options', JSON.stringify(options))
  form.append('file', new Blob([content]), name)
  const request = new Request('http://localhost/', { method: 'POST', body: form })
  return {
    headers: { 'content-type': request.headers.get('content-type')! },
    payload: Buffer.from(await request.arrayBuffer()),
  }
}

/** The request a target makes of a world: its path ids, body references and upload options. */
export const buildRequest = async (
  route: TRouteInfo,
  target: TTarget,
  world: TWorld,
  query = '',
): Promise<InjectOptions> => {
  const path = route.url
    .replace(/:(\w+)/g, (_, name: string) => {
      if (name === 'id' && target.id) return world[target.id]
      const value = target.params?.[name] ?? name
      return typeof value === 'function' ? value(world) : value
    })
    .replace(/(.)\/$/, '$1')
  const write = isWrite(route)
  // Writes name the version they change (a refusal for scope must come before the version's).
  const headers: Record<string, string> = write ? { 'if-match': '"1"' } : {}
  const request: InjectOptions = {
    method: route.method as InjectOptions['method'],
    url: `${path}${query}`,
    headers,
  }
  if (target.upload) {
    const { options, name, content } = target.upload(world)
    const body = await multipart(options, name, content)
    return { ...request, headers: { ...headers, ...body.headers }, payload: body.payload }
  }
  if (target.body) return { ...request, payload: target.body(world) }
  return request
}

/** An answer without what differs between any two requests (the request id of a problem). */
export const answerOf = async (
  app: TApp,
  request: InjectOptions,
  auth: Record<string, string>,
): Promise<TAnswer> => {
  const response = await app.inject({
    ...request,
    headers: { ...(request.headers as object), ...auth },
  })
  const type = String(response.headers['content-type'] ?? '')
  if (type.includes('spreadsheetml'))
    return { status: response.statusCode, body: await workbookCells(response.rawPayload) }
  // A Word document's zip is stamped with the time it was made too: its text is what counts.
  if (type.includes('wordprocessingml')) {
    const zip = await JSZip.loadAsync(response.rawPayload)
    const text = await zip.file('word/document.xml')?.async('string')
    return { status: response.statusCode, body: text }
  }
  if (!type.includes('json')) return { status: response.statusCode, body: response.body }
  const body = response.json() as Record<string, unknown>
  if (body && typeof body === 'object') delete body.requestId
  return { status: response.statusCode, body }
}

/** The world keys a body or upload reads: the references a scope walk swaps one by one. */
export const referencedKinds = (target: TTarget, world: TWorld): Array<keyof TWorld> => {
  const read = new Set<keyof TWorld>()
  const spy = new Proxy(world, {
    get: (w, key) => {
      read.add(key as keyof TWorld)
      return w[key as keyof TWorld]
    },
  })
  target.body?.(spy)
  target.upload?.(spy)
  return [...read]
}

/** The paths (`members.0.residentId`) at which two request bodies differ. */
export const differingPaths = (a: unknown, b: unknown, at = ''): string[] => {
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)])
    return [...keys].flatMap((k) =>
      differingPaths(
        (a as Record<string, unknown>)[k],
        (b as Record<string, unknown>)[k],
        at ? `${at}.${k}` : k,
      ),
    )
  }
  return a === b ? [] : [at]
}

/** Field codes of the request schemas themselves: a request of the walk's that gets one is malformed. */
const schemaCodes = new Set([
  'invalid_type',
  'invalid_format',
  'invalid_value',
  'invalid_union',
  'invalid_key',
  'too_small',
  'too_big',
  'unrecognized_keys',
  'required',
  'custom',
  'id_number_scientific',
  'id_number_length',
  'id_number_format',
  'id_number_region',
  'id_number_birth_date',
  'id_number_check_digit',
])

type TProblemBody = { errors?: Array<{ path: string; code: string }> }

/** The field errors of a 400 answer (none for other answers). */
export const fieldErrors = (answer: TAnswer) =>
  answer.status === 400 ? ((answer.body as TProblemBody).errors ?? []) : []

export const isMalformed = (answer: TAnswer) =>
  fieldErrors(answer).some((e) => schemaCodes.has(e.code))
