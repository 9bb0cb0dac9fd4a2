import { roleLabels } from '../auth/roles.ts'
import { educationTable } from '../code-tables/education.ts'
import { employmentStatusTable } from '../code-tables/employment-status.ts'
import { ethnicityTable } from '../code-tables/ethnicity.ts'
import { maritalStatusTable } from '../code-tables/marital-status.ts'
import { politicalStatusTable } from '../code-tables/political-status.ts'
import { relationshipTable } from '../code-tables/relationship.ts'
import { sexTable } from '../code-tables/sex.ts'
import type { TLanguage } from '../common/error-messages.ts'
import {
  importStatusLabels,
  importTypeLabels,
  passwordPolicyLabels,
} from '../labels/value-labels.ts'
import {
  apiTokenFieldLabels,
  coBuildingFieldLabels,
  committeeFieldLabels,
  householdFieldLabels,
  partyMeetingFieldLabels,
  partyMemberFieldLabels,
  partyOrganizationFieldLabels,
  placeFieldLabels,
  residentFieldLabels,
  userFieldLabels,
} from '../labels/field-labels.ts'
import {
  branchTypeLabels,
  duesCategoryLabels,
  evaluationGradeLabels,
  meetingTypeLabels,
  memberCategoryLabels,
  memberStatusLabels,
} from '../party/party-codes.ts'
import { memberStateLabels } from '../party/party-member.ts'
import { officerPostLabels } from '../party/party-officer.ts'
import { organizationLevelLabels } from '../party/party-organization.ts'
import { dwellingUseLabels } from '../places/dwelling.ts'
import { populationCategoryLabels, residentTagLabels } from '../residents/resident-codes.ts'
import { ZAuditCategory, type TAuditAction, type TAuditEvent } from './audit-event.ts'

export type TLabel = { readonly zh: string; readonly en: string }
type TLabels = Readonly<Record<string, TLabel>>

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

// ---- fields ----

/** How one field of a snapshot is named and how its stored value reads. */
type TFieldSpec = { label: TLabel; values?: (value: string) => TLabel | undefined }
type TSpecs = Readonly<Record<string, TFieldSpec>>

/** A form label (one source: `field-labels.ts`) as the audit's `{ zh, en }`. */
const from =
  <K extends string>(labels: { zh: Record<K, string>; en: Record<K, string> }) =>
  (key: K): TLabel => ({ zh: labels.zh[key], en: labels.en[key] })
const own = (zh: string, en: string): TLabel => ({ zh, en })

/** A national code table: its names are Chinese, and stay so in English. */
const codeNames =
  (table: { nameOf: (code: string) => string | undefined }) =>
  (code: string): TLabel | undefined => {
    const name = table.nameOf(code)
    return name ? { zh: name, en: name } : undefined
  }
const labelNames = (labels: TLabels) => (code: string) => labels[code]

const resident = from(residentFieldLabels)
const place = from(placeFieldLabels)
const household = from(householdFieldLabels)
const member = from(partyMemberFieldLabels)
const org = from(partyOrganizationFieldLabels)
const meeting = from(partyMeetingFieldLabels)
const coBuilding = from(coBuildingFieldLabels)
const user = from(userFieldLabels)
const token = from(apiTokenFieldLabels)

const idKindLabels: TLabels = {
  resident: { zh: '居民身份证', en: 'Resident ID card' },
  hk_mo_tw_permit: { zh: '港澳台居民居住证', en: 'HK/Macao/Taiwan residence permit' },
  foreign_permanent: { zh: '外国人永久居留身份证', en: 'Foreign permanent residence ID' },
}
const exportFormatLabels: TLabels = { xlsx: own('Excel', 'Excel'), csv: own('CSV', 'CSV') }
/** What a party member's step notes on its audit row (`step`). */
const memberStepLabels: TLabels = {
  confirmed: { zh: '转正', en: 'Confirmed as full member' },
  probation_extended: { zh: '延长预备期', en: 'Probation extended' },
  ...memberStateLabels,
}

/** Fields that mean the same in every record. */
const commonSpecs: TSpecs = {
  name: { label: own('名称', 'Name') },
  committee: { label: resident('committee') },
  committees: { label: own('居委会', 'Committees') },
  committeeId: { label: resident('committee') },
  committeeIds: { label: own('居委会', 'Committees') },
  address: { label: place('address') },
  phone: { label: resident('phone') },
  notes: { label: resident('notes') },
  sex: { label: resident('sex'), values: codeNames(sexTable) },
  relationship: { label: resident('relationship'), values: codeNames(relationshipTable) },
  ethnicity: { label: resident('ethnicity'), values: codeNames(ethnicityTable) },
  education: { label: resident('education'), values: codeNames(educationTable) },
  politicalStatus: { label: resident('politicalStatus'), values: codeNames(politicalStatusTable) },
  maritalStatus: { label: resident('maritalStatus'), values: codeNames(maritalStatusTable) },
  employmentStatus: {
    label: resident('employmentStatus'),
    values: codeNames(employmentStatusTable),
  },
  idNumberMasked: { label: resident('idNumber') },
  phoneMasked: { label: resident('phone') },
  birthDate: { label: resident('birthDate') },
  age: { label: resident('age') },
  role: { label: user('role'), values: labelNames(roleLabels) },
  active: { label: from(committeeFieldLabels)('active') },
  reason: { label: household('reason') },
  username: { label: user('username') },
  isHead: { label: own('户主', 'Head') },
  resident: { label: household('resident') },
  head: { label: household('head') },
  date: { label: household('date') },
  format: { label: own('文件格式', 'Format'), values: labelNames(exportFormatLabels) },
  filters: { label: own('筛选条件', 'Filters') },
  q: { label: own('搜索', 'Search') },
  reveal: { label: own('完整证件号', 'Full ID numbers') },
  fileName: { label: own('文件名', 'File name') },
  type: { label: own('类型', 'Type') },
  counts: { label: own('数量', 'Counts') },
  rows: { label: own('行数', 'Rows') },
  valid: { label: own('有效', 'Valid') },
  invalid: { label: own('有错误', 'Invalid') },
  created: { label: own('新建', 'Created') },
  updated: { label: own('更新', 'Updated') },
  unchanged: { label: own('未变', 'Unchanged') },
  skipped: { label: own('跳过', 'Skipped') },
  deletedAt: { label: own('删除时间', 'Deleted at') },
}

/** The fields of each record, in the order its form shows them; the list's order is the diff's. */
const entitySpecs: Partial<Record<TAuditEntityType, TSpecs>> = {
  resident: {
    name: { label: resident('name') },
    idNumberMasked: { label: resident('idNumber') },
    idKind: { label: own('证件类型', 'ID document'), values: labelNames(idKindLabels) },
    sex: commonSpecs.sex!,
    birthDate: { label: resident('birthDate') },
    age: { label: resident('age') },
    ethnicity: commonSpecs.ethnicity!,
    education: commonSpecs.education!,
    politicalStatus: commonSpecs.politicalStatus!,
    maritalStatus: commonSpecs.maritalStatus!,
    employmentStatus: commonSpecs.employmentStatus!,
    phoneMasked: { label: resident('phone') },
    category: { label: resident('category'), values: labelNames(populationCategoryLabels) },
    tags: { label: resident('tags'), values: labelNames(residentTagLabels) },
    notes: { label: resident('notes') },
    committee: { label: resident('committee') },
    household: { label: own('所在户', 'Household') },
    field: {
      label: own('查看的内容', 'Revealed'),
      values: labelNames({ idNumber: resident('idNumber'), phone: resident('phone') }),
    },
  },
  building: {
    address: { label: place('address') },
    street: { label: place('street') },
    buildingNumber: { label: place('buildingNumber') },
    estateName: { label: place('estateName') },
    gridCode: { label: place('gridCode') },
    leaders: { label: place('leaders') },
    dwellingCount: { label: place('dwellingCount') },
    committee: { label: place('committee') },
  },
  dwelling: {
    address: { label: place('address') },
    building: { label: place('building') },
    unit: { label: place('unit') },
    room: { label: place('room') },
    area: { label: place('area') },
    use: { label: place('use'), values: labelNames(dwellingUseLabels) },
    owner: { label: place('owner') },
    occupantCount: { label: place('occupantCount') },
    committee: { label: place('committee') },
  },
  household: {
    dwelling: { label: own('房屋', 'Dwelling') },
    dwellingId: { label: own('房屋', 'Dwelling') },
    head: { label: household('head') },
    headResidentId: { label: household('head') },
    members: { label: own('成员', 'Members') },
    committee: { label: resident('committee') },
  },
  committee: {
    name: { label: from(committeeFieldLabels)('name') },
    code: { label: from(committeeFieldLabels)('code') },
    address: { label: from(committeeFieldLabels)('address') },
    phone: { label: from(committeeFieldLabels)('phone') },
    active: { label: from(committeeFieldLabels)('active') },
  },
  user: {
    username: { label: user('username') },
    displayName: { label: user('displayName') },
    role: commonSpecs.role!,
    committees: { label: user('committees') },
    partyOrganization: { label: user('partyOrganization') },
    active: { label: user('active') },
    expiresOn: { label: user('expiresOn') },
    lastLoginAt: { label: user('lastLoginAt') },
    lockedUntil: { label: own('锁定至', 'Locked until') },
    mustChangePassword: { label: own('须修改密码', 'Must change password') },
  },
  api_token: {
    name: { label: token('name') },
    prefix: { label: token('prefix') },
    role: commonSpecs.role!,
    committees: { label: token('committees') },
    expiresOn: { label: token('expiresOn') },
    lastUsedAt: { label: token('lastUsedAt') },
    revokedAt: { label: own('吊销时间', 'Revoked at') },
    createdBy: { label: token('createdBy') },
  },
  session: { username: { label: user('username') } },
  settings: {
    passwordPolicy: {
      label: own('密码策略', 'Password policy'),
      values: labelNames(passwordPolicyLabels),
    },
    importFileRetentionDays: { label: own('导入文件保留天数', 'Days uploads are kept') },
  },
  party_organization: {
    name: { label: org('name') },
    level: { label: org('level'), values: labelNames(organizationLevelLabels) },
    parentId: { label: org('parent') },
    branchType: { label: org('branchType'), values: labelNames(branchTypeLabels) },
    committees: { label: org('committees') },
    committeeIds: { label: org('committees') },
    foundedOn: { label: org('foundedOn') },
    notes: { label: org('notes') },
    memberCount: { label: own('党员人数', 'Members') },
  },
  party_member: {
    resident: { label: own('党员', 'Member') },
    residentId: { label: own('党员', 'Member') },
    organization: { label: member('organization') },
    organizationId: { label: member('organization') },
    status: { label: member('status'), values: labelNames(memberStatusLabels) },
    state: { label: member('state'), values: labelNames(memberStateLabels) },
    category: { label: member('category'), values: labelNames(memberCategoryLabels) },
    appliedOn: { label: member('appliedOn') },
    activistOn: { label: member('activistOn') },
    candidateOn: { label: member('candidateOn') },
    joinedOn: { label: member('joinedOn') },
    probationExtendedMonths: { label: own('预备期延长月数', 'Probation extended (months)') },
    probationDueOn: { label: member('probationDueOn') },
    fullMembershipOn: { label: member('fullMembershipOn') },
    partyStanding: { label: member('standing') },
    introducers: { label: member('introducers') },
    partyPosts: { label: member('posts') },
    lostContactOn: { label: member('lostContactOn') },
    hardship: { label: own('生活困难情况', 'Hardship') },
    dues: { label: member('duesStandard') },
    'dues.category': {
      label: own('缴纳类别', 'Dues category'),
      values: labelNames(duesCategoryLabels),
    },
    paidThrough: { label: member('paidThrough') },
    duesSettledThrough: { label: member('paidThrough') },
    settledThrough: { label: own('转入时党费交至', 'Paid to on arrival') },
    standardFen: { label: own('每月党费（分）', 'Monthly dues (fen)') },
    description: { label: member('duesRule') },
    notes: { label: resident('notes') },
    step: { label: own('办理事项', 'Step'), values: labelNames(memberStepLabels) },
    transferId: { label: own('介绍信', 'Letter') },
    grade: { label: own('评议等次', 'Grade'), values: labelNames(evaluationGradeLabels) },
    year: { label: own('评议年度', 'Year') },
    title: { label: own('荣誉称号', 'Title awarded') },
  },
  party_dues_payment: {
    months: { label: own('缴纳月份', 'Months') },
    month: { label: own('月份', 'Month') },
    amountFen: { label: own('金额（分）', 'Amount (fen)') },
    paidOn: { label: own('缴纳日期', 'Paid on') },
  },
  party_transfer: {
    direction: {
      label: own('方向', 'Direction'),
      values: labelNames({ in: own('转入', 'In'), out: own('转出', 'Out') }),
    },
    serialNumber: { label: own('介绍信编号', 'Letter number') },
    memberId: { label: own('党员', 'Member') },
    receiptReturnedOn: { label: own('回执退回日期', 'Receipt returned on') },
  },
  party_flow: {
    destination: { label: own('外出去向', 'Destination') },
    reason: { label: own('外出原因', 'Reason') },
    cardNumber: { label: own('流动党员活动证号', 'Card number') },
    leftOn: { label: own('外出日期', 'Left on') },
    returnedOn: { label: own('返回日期', 'Returned on') },
  },
  party_meeting: {
    organization: { label: member('organization') },
    organizationId: { label: member('organization') },
    type: { label: meeting('type'), values: labelNames(meetingTypeLabels) },
    heldOn: { label: meeting('heldOn') },
    title: { label: meeting('title') },
    minutes: { label: meeting('minutes') },
    attendance: { label: meeting('attendance') },
    present: { label: own('出席', 'Present') },
    absenceReason: { label: own('缺席原因', 'Reason for absence') },
  },
  party_officer: {
    memberId: { label: own('党员', 'Member') },
    post: { label: own('职务', 'Post'), values: labelNames(officerPostLabels) },
    termStart: { label: own('任期开始', 'Term starts') },
    termEnd: { label: own('任期结束', 'Term ends') },
  },
  co_building_unit: {
    name: { label: coBuilding('name') },
    partyBranchName: { label: coBuilding('partyBranchName') },
    contactName: { label: coBuilding('contactName') },
    contactPhone: { label: coBuilding('contactPhone') },
    address: { label: coBuilding('address') },
    notes: { label: coBuilding('notes') },
    agreements: { label: own('共建协议', 'Agreements') },
  },
  co_building_agreement: {
    unitId: { label: own('共建单位', 'Unit') },
    signedOn: { label: coBuilding('signedOn') },
    termEnd: { label: coBuilding('termEnd') },
    commitments: { label: coBuilding('commitments') },
  },
  co_building_activity: {
    heldOn: { label: coBuilding('heldOn') },
    title: { label: coBuilding('activityTitle') },
    description: { label: coBuilding('description') },
  },
  import_job: {
    fileName: commonSpecs.fileName!,
    type: { label: own('台账类型', 'Ledger'), values: labelNames(importTypeLabels) },
    dryRun: { label: own('只检查不导入', 'Check only') },
    status: { label: own('状态', 'Status'), values: labelNames(importStatusLabels) },
    counts: commonSpecs.counts!,
    fileSha256: { label: own('文件校验值（SHA-256）', 'File SHA-256') },
    field: {
      label: own('查看的内容', 'Revealed'),
      values: labelNames({ idNumber: resident('idNumber') }),
    },
    report: { label: own('错误报告', 'Error report') },
  },
  import_file: { fileName: commonSpecs.fileName! },
  import_mapping: {
    name: { label: own('方案名称', 'Name') },
    type: { label: own('台账类型', 'Ledger'), values: labelNames(importTypeLabels) },
    mapping: { label: own('列对应', 'Columns') },
  },
}

const specOf = (entityType: string, field: string): TFieldSpec | undefined =>
  entitySpecs[entityType as TAuditEntityType]?.[field] ?? commonSpecs[field]

/** The name of a snapshot's field, in the language asked for; the key itself if unknown. */
export const auditFieldLabel = (entityType: string, field: string, language: TLanguage) =>
  specOf(entityType, field)?.label[language] ?? field

/** The order of a record's fields (its form's); fields it does not list come after. */
export const auditFieldRank = (entityType: string, field: string): number => {
  const order = Object.keys(entitySpecs[entityType as TAuditEntityType] ?? {})
  const index = order.indexOf(field)
  return index === -1 ? order.length : index
}

/** A record type's name; the stored key if it is not one we know. */
export const entityTypeLabel = (entityType: string, language: TLanguage) =>
  (entityTypeLabels as TLabels)[entityType]?.[language] ?? entityType

// ---- values ----

export type TAuditTexts = { empty: string; yes: string; no: string; separator: string }
export const auditTexts: Record<TLanguage, TAuditTexts> = {
  zh: { empty: '（空）', yes: '是', no: '否', separator: '、' },
  en: { empty: '(empty)', yes: 'Yes', no: 'No', separator: ', ' },
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/** Bookkeeping fields every record has; they change on every write and say nothing. */
export const auditNoiseFields: ReadonlySet<string> = new Set([
  'id',
  'version',
  'createdAt',
  'updatedAt',
])

/**
 * A snapshot's value as a person reads it: codes as their names (性别 1 → 男, 人口类别
 * registered → 户籍人口, GB/T 4761 与户主关系 10 → 配偶), 是/否, references by their name,
 * lists joined, nested objects as 字段：值. Masked values stay masked: snapshots never hold a
 * full ID number or phone.
 */
export const auditValueText = (
  entityType: string,
  field: string,
  value: unknown,
  language: TLanguage,
): string => {
  const texts = auditTexts[language]
  if (value === null || value === undefined || value === '') return texts.empty
  if (typeof value === 'boolean') return value ? texts.yes : texts.no
  if (Array.isArray(value))
    return value.length === 0
      ? texts.empty
      : value.map((v) => auditValueText(entityType, field, v, language)).join(texts.separator)
  if (isObject(value)) return objectText(entityType, field, value, language)
  const text = String(value)
  return specOf(entityType, field)?.values?.(text)?.[language] ?? text
}

/** What a person recognises a nested record by: 张三（配偶）, an address, or its fields. */
const objectText = (
  entityType: string,
  field: string,
  value: Record<string, unknown>,
  language: TLanguage,
): string => {
  const ref = value.resident ?? value.member
  const named =
    typeof value.name === 'string'
      ? value.name
      : isObject(ref) && typeof ref.name === 'string'
        ? ref.name
        : typeof value.address === 'string'
          ? value.address
          : null
  if (named !== null) {
    const notes = [
      value.isHead === true ? auditFieldLabel(entityType, 'isHead', language) : null,
      typeof value.relationship === 'string' && value.isHead !== true
        ? auditValueText(entityType, 'relationship', value.relationship, language)
        : null,
      typeof value.present === 'boolean'
        ? value.present
          ? auditFieldLabel('party_meeting', 'present', language)
          : `${language === 'zh' ? '缺席' : 'absent'}${value.absenceReason ? `: ${String(value.absenceReason)}` : ''}`
        : null,
      typeof value.idNumberMasked === 'string' && !isObject(ref) ? value.idNumberMasked : null,
    ].filter((n): n is string => Boolean(n))
    return notes.length ? `${named}（${notes.join('，')}）` : named
  }
  // A nested field may mean something else than the record's own of that name (`dues.category`).
  const key = (k: string) => (specOf(entityType, `${field}.${k}`) ? `${field}.${k}` : k)
  return Object.entries(value)
    .filter(([k, v]) => !auditNoiseFields.has(k) && v !== null && v !== undefined && v !== '')
    .map(
      ([k, v]) =>
        `${auditFieldLabel(entityType, key(k), language)}${language === 'zh' ? '：' : ': '}${auditValueText(entityType, key(k), v, language)}`,
    )
    .join(language === 'zh' ? '，' : '; ')
}
