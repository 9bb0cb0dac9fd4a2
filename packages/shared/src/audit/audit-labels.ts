import type { TLanguage } from '../common/error-messages.ts'
import { ZAuditCategory, type TAuditAction, type TAuditEvent } from './audit-event.ts'

export type TLabel = { readonly zh: string; readonly en: string }
export type TLabels = Readonly<Record<string, TLabel>>

/**
 * Every record type the audit log holds (`audit_event.entity_type`): what `writeAudit`, steps,
 * the importers' set-based writers, exports and the upload retention write.
 */
export const entityTypeLabels = {
  committee: { zh: '居委会', en: 'Committee' },
  user: { zh: '用户', en: 'User' },
  api_token: { zh: 'API 令牌', en: 'API token' },
  session: { zh: '登录会话', en: 'Session' },
  settings: { zh: '系统设置', en: 'Settings' },
  backup: { zh: '备份', en: 'Backup' },
  resident: { zh: '居民', en: 'Resident' },
  building: { zh: '楼栋', en: 'Building' },
  dwelling: { zh: '房屋', en: 'Dwelling' },
  household: { zh: '户', en: 'Household' },
  party_organization: { zh: '党组织', en: 'Party organisation' },
  party_member: { zh: '党员', en: 'Party member' },
  party_dues_payment: { zh: '党费缴纳', en: 'Dues payment' },
  party_transfer: { zh: '组织关系转接', en: 'Membership transfer' },
  party_flow: { zh: '流动党员外出', en: 'Member away (floating)' },
  party_meeting: { zh: '组织生活会议', en: 'Party meeting' },
  party_officer: { zh: '党组织委员', en: 'Party officer' },
  co_building_unit: { zh: '共建单位', en: 'Co-building unit' },
  co_building_agreement: { zh: '共建协议', en: 'Co-building agreement' },
  co_building_activity: { zh: '共建活动', en: 'Co-building activity' },
  rental_property: { zh: '出租房屋', en: 'Rental property' },
  rental_contract: { zh: '治安责任书', en: 'Rental security contract' },
  temporary_resident: { zh: '暂住登记', en: 'Temporary residence' },
  rental_inspection: { zh: '出租房屋检查', en: 'Rental inspection' },
  pending_registration: { zh: '待登记人员', en: 'Person pending registration' },
  subsidy_case: { zh: '低保案件', en: 'Subsidy case' },
  subsidy_standard: { zh: '低保标准', en: 'Subsidy standard' },
  subsidy_payout: { zh: '低保金发放花名册', en: 'Subsidy payout roll' },
  pairing: { zh: '一助一结对', en: 'Pairing (一助一)' },
  patrol_team: { zh: '巡逻队（组）', en: 'Patrol team or group' },
  patrol_route: { zh: '巡逻路线', en: 'Patrol route' },
  patrol_log: { zh: '巡逻记录', en: 'Patrol log' },
  patrol_photo: { zh: '巡逻照片', en: 'Patrol photo' },
  patrol_follow_up: { zh: '巡逻跟进事项', en: 'Patrol follow-up' },
  patrol_plan: { zh: '巡逻计划', en: 'Patrol plan' },
  patrol_roster_edit: { zh: '排班调整', en: 'Roster edit' },
  assistance_case: { zh: '临时救助', en: 'Temporary assistance case' },
  assistance_fund_entry: { zh: '临时救助备用金', en: 'Assistance petty fund entry' },
  import_job: { zh: '导入任务', en: 'Import job' },
  import_file: { zh: '导入的原文件', en: 'Uploaded ledger' },
  import_mapping: { zh: '导入列对应方案', en: 'Saved column mapping' },
  audit_event: { zh: '审计日志', en: 'Audit log' },
  demo: { zh: '演示数据', en: 'Demo data' },
} as const satisfies TLabels
export type TAuditEntityType = keyof typeof entityTypeLabels
export const auditEntityTypes = Object.keys(entityTypeLabels) as TAuditEntityType[]

/** What was done: the audit rows' `action`. */
export const auditActionLabels = {
  create: { zh: '新建', en: 'Created' },
  update: { zh: '修改', en: 'Changed' },
  delete: { zh: '删除', en: 'Deleted' },
  restore: { zh: '恢复', en: 'Restored' },
  login: { zh: '登录', en: 'Signed in' },
  login_failed: { zh: '登录失败', en: 'Sign-in failed' },
  logout: { zh: '退出登录', en: 'Signed out' },
  password_change: { zh: '修改密码', en: 'Password changed' },
  password_reset: { zh: '重置密码', en: 'Password reset' },
  unlock: { zh: '解锁', en: 'Unlocked' },
  revoke: { zh: '吊销', en: 'Revoked' },
  reveal: { zh: '查看完整信息', en: 'Revealed' },
  export: { zh: '导出', en: 'Exported' },
  import: { zh: '导入', en: 'Imported' },
} as const satisfies Record<TAuditAction, TLabel>

/** Who did it: a person signed in, an integration's API token, or the system itself. */
export const auditActorTypeLabels = {
  user: { zh: '用户', en: 'User' },
  token: { zh: 'API 令牌', en: 'API token' },
  system: { zh: '系统', en: 'System' },
} as const satisfies Record<TAuditEvent['actorType'], TLabel>

/**
 * What an audit row is about, so that sign-ins do not bury the changes: 数据变更, 登录与账号,
 * 导入, 查看敏感信息 (reveals), 导出. Every row is in exactly one, decided by its action and
 * record type (`auditCategoryOf`; the API filters by the same sets).
 */
export const auditCategories = ZAuditCategory.options
export type TAuditCategory = (typeof auditCategories)[number]
export const auditCategoryLabels: Record<TAuditCategory, TLabel> = {
  change: { zh: '数据变更', en: 'Data changes' },
  account: { zh: '登录与账号', en: 'Sign-ins and accounts' },
  import: { zh: '导入', en: 'Imports' },
  reveal: { zh: '查看敏感信息', en: 'Reveals of personal data' },
  export: { zh: '导出', en: 'Exports' },
}
/** Sign-ins and what is done to accounts, whatever the record. */
export const accountActions = [
  'login',
  'login_failed',
  'logout',
  'password_change',
  'password_reset',
  'unlock',
  'revoke',
] as const satisfies readonly TAuditAction[]
/** Records of the accounts themselves: their changes are 登录与账号 too. */
export const accountEntityTypes = ['session', 'user', 'api_token'] as const
/** The import machinery's own records (the jobs, files, mappings); imported records are changes. */
export const importEntityTypes = ['import_job', 'import_file', 'import_mapping'] as const
/** The changes of data: creates, updates, deletes and restores of records other than the above. */
export const changeActions = [
  'create',
  'update',
  'delete',
  'restore',
] as const satisfies readonly TAuditAction[]

const isIn = (list: readonly string[], value: string) => list.includes(value)

export const auditCategoryOf = (event: { action: string; entityType: string }): TAuditCategory => {
  if (event.action === 'reveal') return 'reveal'
  if (event.action === 'export') return 'export'
  if (isIn(accountActions, event.action) || isIn(accountEntityTypes, event.entityType))
    return 'account'
  if (event.action === 'import' || isIn(importEntityTypes, event.entityType)) return 'import'
  return 'change'
}

/** Why a sign-in failed, as `auth.service` records it in `reason`. */
export const loginFailureLabels: TLabels = {
  unknown_user: { zh: '用户名不存在', en: 'Unknown username' },
  wrong_password: { zh: '密码错误', en: 'Wrong password' },
  account_inactive: { zh: '账户已停用或过期', en: 'Account inactive or expired' },
  locked: { zh: '账户已锁定', en: 'Account locked' },
}

/** A record type's name; the stored key if it is not one we know. */
export const entityTypeLabel = (entityType: string, language: TLanguage) =>
  (entityTypeLabels as TLabels)[entityType]?.[language] ?? entityType
