import type { TLanguage } from '../common/error-messages.ts'

/**
 * The names of records' fields as forms, lists and the audit log show them, in both UI
 * languages: the one place they are written. The web app's texts take their `fields` from here
 * (`apps/web/src/locales/*`), and the audit log (`packages/shared/src/audit/audit-labels.ts`)
 * names the fields of its before → after snapshots with them, on the page and in its export.
 */
type TLabel = { readonly zh: string; readonly en: string }

/** One language's texts of a `{ zh, en }` table, for the web app's i18n files. */
export const labelsIn = <K extends string>(labels: Record<K, TLabel>, language: TLanguage) =>
  Object.fromEntries(Object.entries<TLabel>(labels).map(([k, v]) => [k, v[language]])) as Record<
    K,
    string
  >

type TFieldLabels<K extends string> = {
  readonly zh: Readonly<Record<K, string>>
  readonly en: Readonly<Record<K, string>>
}

const fieldLabels = <const Z extends Record<string, string>>(
  zh: Z,
  en: Record<keyof Z & string, string>,
) => ({ zh, en }) satisfies TFieldLabels<keyof Z & string>

/** 居民 (the resident form, list and profile). */
export const residentFieldLabels = fieldLabels(
  {
    name: '姓名',
    idNumber: '身份证号',
    sex: '性别',
    birthDate: '出生日期',
    age: '年龄',
    ethnicity: '民族',
    education: '文化程度',
    politicalStatus: '政治面貌',
    maritalStatus: '婚姻状况',
    employmentStatus: '从业状况',
    phone: '联系电话',
    category: '人口类别',
    tags: '标签',
    notes: '备注',
    committee: '居委会',
    address: '住址',
    relationship: '与户主关系',
    status: '状态',
  },
  {
    name: 'Name',
    idNumber: 'ID number',
    sex: 'Sex',
    birthDate: 'Date of birth',
    age: 'Age',
    ethnicity: 'Ethnicity',
    education: 'Education',
    politicalStatus: 'Political status',
    maritalStatus: 'Marital status',
    employmentStatus: 'Employment',
    phone: 'Phone',
    category: 'Category',
    tags: 'Tags',
    notes: 'Notes',
    committee: 'Committee',
    address: 'Address',
    relationship: 'Relationship to head',
    status: 'Status',
  },
)

/** 楼栋 and 房屋 (the places page and its forms). */
export const placeFieldLabels = fieldLabels(
  {
    committee: '居委会',
    street: '街路巷',
    buildingNumber: '楼号',
    estateName: '小区名称',
    gridCode: '网格编码',
    address: '地址',
    dwellingCount: '房屋数',
    leaders: '楼长',
    building: '楼栋',
    unit: '单元',
    room: '室号',
    area: '面积',
    use: '用途',
    owner: '产权人',
    ownerResident: '产权人（已登记居民）',
    ownerName: '产权人姓名',
    ownerIdNumber: '产权人身份证号',
    occupantCount: '居住人数',
  },
  {
    committee: 'Committee',
    street: 'Street',
    buildingNumber: 'Building no.',
    estateName: 'Estate',
    gridCode: 'Grid code',
    address: 'Address',
    dwellingCount: 'Dwellings',
    leaders: 'Building leaders',
    building: 'Building',
    unit: 'Unit',
    room: 'Room',
    area: 'Area',
    use: 'Use',
    owner: 'Owner',
    ownerResident: 'Owner (registered resident)',
    ownerName: 'Owner’s name',
    ownerIdNumber: 'Owner’s ID number',
    occupantCount: 'Occupants',
  },
)

/** 户 (the household page and its steps). */
export const householdFieldLabels = fieldLabels(
  {
    name: '姓名',
    idNumber: '身份证号',
    resident: '居民',
    relationship: '与户主关系',
    date: '日期',
    reason: '事由',
    targetHousehold: '迁入户',
    head: '户主',
  },
  {
    name: 'Name',
    idNumber: 'ID number',
    resident: 'Resident',
    relationship: 'Relationship to head',
    date: 'Date',
    reason: 'Reason',
    targetHousehold: 'Receiving household',
    head: 'Head',
  },
)

/** 居委会. */
export const committeeFieldLabels = fieldLabels(
  { name: '名称', code: '编码', address: '地址', phone: '办公电话', active: '启用' },
  { name: 'Name', code: 'Code', address: 'Address', phone: 'Office phone', active: 'Active' },
)

/** 用户 (accounts). */
export const userFieldLabels = fieldLabels(
  {
    partyOrganization: '党组织范围',
    username: '用户名',
    displayName: '姓名',
    role: '角色',
    committees: '负责的居委会',
    active: '启用',
    expiresOn: '账户有效期至',
    password: '初始密码',
    lastLoginAt: '最近登录',
    status: '状态',
  },
  {
    partyOrganization: 'Party scope',
    username: 'Username',
    displayName: 'Name',
    role: 'Role',
    committees: 'Committees',
    active: 'Active',
    expiresOn: 'Account valid until',
    password: 'Initial password',
    lastLoginAt: 'Last sign-in',
    status: 'Status',
  },
)

/** API 令牌. */
export const apiTokenFieldLabels = fieldLabels(
  {
    name: '名称',
    prefix: '令牌前缀',
    role: '角色',
    committees: '居委会范围',
    expiresOn: '有效期至',
    lastUsedAt: '最近使用',
    createdAt: '创建时间',
    createdBy: '创建人',
    status: '状态',
  },
  {
    name: 'Name',
    prefix: 'Prefix',
    role: 'Role',
    committees: 'Committees',
    expiresOn: 'Valid until',
    lastUsedAt: 'Last used',
    createdAt: 'Created',
    createdBy: 'Created by',
    status: 'Status',
  },
)

/** 党组织 (the party tree's forms). */
export const partyOrganizationFieldLabels = fieldLabels(
  {
    parent: '上级组织',
    level: '层级',
    name: '名称',
    branchType: '支部类型',
    committees: '覆盖居委会',
    foundedOn: '成立日期',
    notes: '备注',
  },
  {
    parent: 'Parent',
    level: 'Level',
    name: 'Name',
    branchType: 'Branch type',
    committees: 'Committees covered',
    foundedOn: 'Founded on',
    notes: 'Notes',
  },
)

/** 党员 (the member form, list and profile). */
export const partyMemberFieldLabels = fieldLabels(
  {
    idNumber: '身份证号',
    sex: '性别',
    age: '年龄',
    birthDate: '出生日期',
    committee: '居委会',
    phone: '联系电话',
    organization: '所在支部',
    status: '人员类别',
    state: '党籍状态',
    category: '党员类别',
    appliedOn: '申请入党',
    activistOn: '确定积极分子',
    candidateOn: '确定发展对象',
    joinedOn: '入党时间',
    probationDueOn: '预备期满',
    fullMembershipOn: '转正时间',
    standing: '党龄',
    introducers: '入党介绍人',
    posts: '党内职务',
    lostContactOn: '失联日期',
    duesStandard: '党费标准',
    duesRule: '计算依据',
    paidThrough: '党费交至',
  },
  {
    idNumber: 'ID number',
    sex: 'Sex',
    age: 'Age',
    birthDate: 'Date of birth',
    committee: 'Committee',
    phone: 'Phone',
    organization: 'Branch',
    status: 'Status',
    state: 'Standing on the roll',
    category: 'Category',
    appliedOn: 'Applied',
    activistOn: 'Activist',
    candidateOn: 'Candidate',
    joinedOn: 'Joined',
    probationDueOn: 'Probation ends',
    fullMembershipOn: 'Full member since',
    standing: 'Party standing',
    introducers: 'Introducers',
    posts: 'Party posts',
    lostContactOn: 'Lost contact on',
    duesStandard: 'Dues',
    duesRule: 'Rule',
    paidThrough: 'Paid to',
  },
)

/** 组织生活 (meetings). */
export const partyMeetingFieldLabels = fieldLabels(
  {
    type: '会议类型',
    heldOn: '召开日期',
    title: '会议主题',
    minutes: '会议记录',
    attendance: '出席情况',
  },
  {
    type: 'Type',
    heldOn: 'Held on',
    title: 'Subject',
    minutes: 'Minutes',
    attendance: 'Attendance',
  },
)

/** 共建单位, their agreements and activities. */
export const coBuildingFieldLabels = fieldLabels(
  {
    name: '单位名称',
    partyBranchName: '单位党组织',
    contactName: '联系人',
    contactPhone: '联系电话',
    address: '地址',
    notes: '备注',
    signedOn: '签订日期',
    termEnd: '到期日期',
    commitments: '共建内容',
    activityTitle: '活动名称',
    heldOn: '活动日期',
    description: '活动内容',
  },
  {
    name: 'Unit name',
    partyBranchName: 'Party branch',
    contactName: 'Contact person',
    contactPhone: 'Contact phone',
    address: 'Address',
    notes: 'Notes',
    signedOn: 'Signed on',
    termEnd: 'Term ends',
    commitments: 'Commitments',
    activityTitle: 'Activity',
    heldOn: 'Held on',
    description: 'Description',
  },
)
