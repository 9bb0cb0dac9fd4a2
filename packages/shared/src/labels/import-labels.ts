import type { TImportStatus, TImportType } from '../imports/import-job.ts'

type TLabel = { readonly zh: string; readonly en: string }

/**
 * What the imports page and the audit log call a ledger type and a job's state: written once
 * here (`apps/web/src/locales/*` take `types` and `status` from it).
 */
export const importTypeLabels: Record<TImportType, TLabel> = {
  residents: { zh: '居民', en: 'Residents' },
  'party-members': { zh: '党员', en: 'Party members' },
  'co-building-units': { zh: '共建单位', en: 'Co-building units' },
}

export const importStatusLabels: Record<TImportStatus, TLabel> = {
  queued: { zh: '排队中', en: 'Queued' },
  validating: { zh: '检查中', en: 'Checking' },
  validated: { zh: '已检查', en: 'Checked' },
  committing: { zh: '导入中', en: 'Importing' },
  committed: { zh: '已导入', en: 'Imported' },
  failed: { zh: '失败', en: 'Failed' },
  undone: { zh: '已撤销', en: 'Undone' },
}
