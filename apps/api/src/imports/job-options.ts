import { ZImportCreateOptions } from '@cr/shared/imports/import-job'

const ZStoredOptions = ZImportCreateOptions.omit({ type: true })

/** A job's stored options (JSON column), read with the contract's defaults. */
export const importJobOptions = (stored: unknown) => ZStoredOptions.parse(stored)
