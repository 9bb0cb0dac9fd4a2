import { readFile } from 'node:fs/promises'
import type { TImportJob } from '@cr/shared/imports/import-job'
import type { TApp } from '../app.ts'

type TAuth = Record<string, string>

/** Sends a ledger as the web app and the CLI do: multipart `file` + `options` (JSON). */
export const uploadLedger = async (
  app: TApp,
  auth: TAuth,
  file: string | { name: string; content: Buffer },
  options: Record<string, unknown>,
) => {
  const { name, content } =
    typeof file === 'string'
      ? { name: file.split('/').at(-1)!, content: await readFile(file) }
      : file
  const form = new FormData()
  form.append('options', JSON.stringify(options))
  form.append('file', new Blob([new Uint8Array(content)]), name)
  const request = new Request('http://localhost/', { method: 'POST', body: form })
  return app.inject({
    method: 'POST',
    url: '/api/v1/imports',
    headers: { ...auth, 'content-type': request.headers.get('content-type')! },
    payload: Buffer.from(await request.arrayBuffer()),
  })
}

/** Waits for the queue to finish and reads the job. */
export const settledJob = async (app: TApp, auth: TAuth, id: string): Promise<TImportJob> => {
  await app.imports.idle()
  const response = await app.inject({ method: 'GET', url: `/api/v1/imports/${id}`, headers: auth })
  if (response.statusCode !== 200)
    throw new Error(`job ${id}: ${response.statusCode} ${response.body}`)
  return response.json()
}

export const postJob = async (app: TApp, auth: TAuth, id: string, action: string, payload = {}) =>
  app.inject({ method: 'POST', url: `/api/v1/imports/${id}/${action}`, headers: auth, payload })
