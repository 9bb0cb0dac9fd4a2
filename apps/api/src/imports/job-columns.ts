import type { z } from 'zod'
import type { ZImportColumn } from '@cr/shared/imports/import-job'
import type { TColumnMapping } from './column-mapping.ts'

type TJobColumn = z.infer<typeof ZImportColumn>

/** The detected mapping as the job shows it: every header column once, in sheet order. */
export const jobColumns = <K extends string>(mapping: TColumnMapping<K>): TJobColumn[] => {
  const columns: (TJobColumn & { index: number })[] = [
    ...mapping.mapped.map((c) => ({ ...c, field: c.field as string })),
    ...mapping.unrecognised.map((c) => ({ ...c, field: null, source: 'unrecognised' as const })),
    ...mapping.ignored.map((c) => ({ ...c, field: null, source: 'ignored' as const })),
    ...mapping.duplicates.map((c) => ({
      ...c,
      field: c.field as string,
      source: 'duplicate' as const,
    })),
  ]
  return columns
    .sort((a, b) => a.index - b.index)
    .map(({ letter, header, field, source }) => ({ letter, header, field, source }))
}
