import type { TPasswordPolicy } from '../auth/password-policy.ts'
import type { TImportStatus, TImportType } from '../imports/import-job.ts'

type TLabel = { readonly zh: string; readonly en: string }

/**
 * Names of stored values that pages and the audit log both show, written once here (the web
 * app's texts take them: `apps/web/src/locales/*`): a ledger type and an import job's state.
 */
export const importTypeLabels: Record<TImportType, TLabel> = {
  residents: { zh: '居民', en: 'Residents' },
  'party-members': { zh: '党员', en: 'Party members' },
  'co-building-units': { zh: '共建单位', en: 'Co-building units' },
  'rental-contracts': { zh: '出租房屋治安责任书', en: 'Rental security contracts' },
  'temporary-residents': { zh: '暂住人口', en: 'Temporary residents' },
  'subsidy-cases': { zh: '低保花名册', en: 'Subsistence allowance roll' },
  'patrol-register': { zh: '巡逻登记簿', en: 'Patrol register' },
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

/** The password policies of 系统设置 by their names. */
export const passwordPolicyLabels: Record<TPasswordPolicy, TLabel> = {
  dengbao: { zh: '等保 2.0', en: 'MLPS 2.0 (等保 2.0)' },
  asvs: { zh: 'OWASP ASVS', en: 'OWASP ASVS' },
}
