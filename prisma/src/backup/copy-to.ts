// COPY <table> TO STDOUT, chunk by chunk (pg-copy-streams), for the backup and the read-back.
import type pg from 'pg'
import { to } from 'pg-copy-streams'
import { copyColumns, type TTable } from './tables.ts'

export async function copyTo(
  client: pg.Client,
  table: TTable,
  onChunk: (chunk: Buffer) => void | Promise<void>,
): Promise<void> {
  const rows = client.query(to(`COPY ${copyColumns(client, table)} TO STDOUT`))
  for await (const chunk of rows as AsyncIterable<Buffer>) await onChunk(chunk)
}
