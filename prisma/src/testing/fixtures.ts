// Throwaway migration folders and schema files for this package's own tests.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const made: string[] = []

/** A temp dir the `postgres` OS user can traverse (mkdtemp makes 0700 dirs). */
export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `cr-db-${prefix}-`))
  fs.chmodSync(dir, 0o755)
  made.push(dir)
  return dir
}

/** For afterAll: removes this test file's temp dirs (a cluster's is ~40 MB). */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
}

/** Writes `{ "<dir>": "<sql>" }` as <root>/<dir>/migration.sql; returns root. */
export function writeMigrations(root: string, migrations: Record<string, string>): string {
  for (const [name, sql] of Object.entries(migrations)) {
    fs.mkdirSync(path.join(root, name), { recursive: true })
    fs.writeFileSync(path.join(root, name, 'migration.sql'), sql)
  }
  return root
}

export const SCHEMA_HEADER = `generator client {
  provider     = "prisma-client"
  output       = "./generated/client"
  moduleFormat = "esm"
}

datasource db {
  provider = "postgresql"
}
`

/** Hand-written SQL of the kind Prisma cannot generate: ";" inside strings, comments, $$ bodies. */
export const CUSTOM_SQL = `-- A comment; with a semicolon
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE "note" (
  "id" SERIAL PRIMARY KEY,
  "body" TEXT NOT NULL DEFAULT 'a;b',
  "updated" TEXT
);

CREATE FUNCTION note_touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."updated" := 'touched; by trigger';
  RETURN NEW;
END;
$$;

CREATE TRIGGER note_touch BEFORE INSERT OR UPDATE ON "note"
  FOR EACH ROW EXECUTE FUNCTION note_touch();
`
