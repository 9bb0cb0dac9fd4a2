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
import {
  inspectionItemLabels,
  lessorDutyLabels,
  lodgingKindLabels,
  pendingSourceLabels,
  pendingStateLabels,
  rentalUseLabels,
  residenceReasonLabels,
} from '../rentals/rental-codes.ts'
import { rentalContractStatusLabels } from '../rentals/rental-rules.ts'
import { payoutStateLabels } from '../subsidies/subsidy-payout.ts'
import {
  assistanceFormLabels,
  assistanceKindLabels,
  assistanceProcedureLabels,
} from '../subsidies/assistance.ts'
import {
  assistanceFundEntryKindLabels,
  assistanceStageLabels,
} from '../subsidies/assistance-case.ts'
import { subsidyClassificationLabels } from '../subsidies/subsidy-review.ts'
import {
  hardshipReasonLabels,
  subsidyMaterialLabels,
  subsidyStageLabels,
} from '../subsidies/subsidy-steps.ts'
import { residentStatusLabels } from '../residents/life-event.ts'
import { populationCategoryLabels, residentTagLabels } from '../residents/resident-codes.ts'
import { followUpStateLabels } from '../patrol/patrol-follow-up.ts'
import { patrolTeamKindLabels } from '../patrol/patrol-team.ts'
import { weatherLabels } from '../patrol/patrol-codes.ts'
import type { TAuditEntityType, TLabel, TLabels } from './audit-labels.ts'

/**
 * The fields of audited records: each one's name (from the forms' labels, `field-labels.ts`)
 * and how its stored codes read (the shared code tables and label maps), per record type.
 */

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
    residence: {
      label: own('居住情况', 'Residence'),
      values: labelNames({
        here: own('居住在本社区', 'Lives here'),
        elsewhere: own('不在本社区居住', 'Lives elsewhere'),
      }),
    },
    tags: { label: resident('tags'), values: labelNames(residentTagLabels) },
    notes: { label: resident('notes') },
    committee: { label: resident('committee') },
    household: { label: own('所在户', 'Household') },
    status: { label: resident('status'), values: labelNames(residentStatusLabels) },
    lifeEvent: { label: own('人员变动', 'Life event') },
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
    officeName: { label: own('单位名称', 'Office name') },
    passwordPolicy: {
      label: own('密码策略', 'Password policy'),
      values: labelNames(passwordPolicyLabels),
    },
    importFileRetentionDays: { label: own('导入文件保留天数', 'Days uploads are kept') },
    rentalContractNumberPattern: {
      label: own('治安责任书编号规则', 'Rental contract numbering scheme'),
    },
    assistanceLimitMonths: {
      label: own('临时救助上限（月低保标准倍数）', 'Assistance limit (months)'),
    },
    assistanceUrgentWorkingDays: {
      label: own('紧急程序补办期限（工作日）', 'Urgent paperwork deadline (working days)'),
    },
    subsidyDeliberationRule: { label: own('民主评议通过规则', 'Deliberation pass rule') },
  },
  rental_property: {
    dwelling: { label: own('房屋', 'Dwelling') },
    building: { label: own('楼栋', 'Building') },
    landlord: { label: own('出租人', 'Landlord') },
    agent: { label: own('代理人', 'Agent') },
    use: { label: own('房屋用途', 'Use'), values: labelNames(rentalUseLabels) },
    rooms: { label: own('出租间数', 'Rooms let') },
    area: { label: own('出租面积', 'Floor area') },
    allowedOccupants: { label: own('核定居住人数', 'Occupants allowed') },
    duties: { label: own('出租人义务', 'Lessor’s duties'), values: labelNames(lessorDutyLabels) },
    dutiesConfirmedOn: { label: own('义务确认日期', 'Duties confirmed on') },
    occupantCount: { label: own('实际居住人数', 'Occupants') },
    occupantsOverAllowed: { label: own('超员人数', 'Occupants over the allowed number') },
    contract: { label: own('治安责任书', 'Contract') },
    committee: commonSpecs.committee!,
    notes: commonSpecs.notes!,
  },
  rental_contract: {
    number: { label: own('责任书编号', 'Contract number') },
    property: { label: own('出租房屋', 'Rental property') },
    landlord: { label: own('出租人', 'Landlord') },
    use: { label: own('房屋用途', 'Use'), values: labelNames(rentalUseLabels) },
    signedOn: { label: own('签订日期', 'Signed on') },
    leaseStartsOn: { label: own('租赁开始日期', 'Lease starts on') },
    leaseEndsOn: { label: own('租赁结束日期', 'Lease ends on') },
    monthlyRent: { label: own('月租金（元）', 'Monthly rent (yuan)') },
    status: { label: own('状态', 'Status'), values: labelNames(rentalContractStatusLabels) },
    cancelledOn: { label: own('注销日期', 'Cancelled on') },
    cancelReason: { label: own('注销原因', 'Reason for cancelling') },
    renews: { label: own('续签自', 'Renews') },
    renewedBy: { label: own('已续签为', 'Renewed by') },
    step: { label: own('操作', 'Step') },
    committee: commonSpecs.committee!,
    notes: commonSpecs.notes!,
  },
  rental_inspection: {
    property: { label: own('出租房屋', 'Rental property') },
    inspectedOn: { label: own('检查日期', 'Inspected on') },
    inspectors: { label: own('检查人员', 'Inspectors') },
    items: { label: own('检查项目', 'Checked'), values: labelNames(inspectionItemLabels) },
    findings: { label: own('发现问题', 'Findings') },
    occupantCount: { label: own('实际居住人数', 'Occupants counted') },
    allowedOccupants: { label: own('核定居住人数', 'Occupants allowed') },
    occupantsOverAllowed: { label: own('超员人数', 'Occupants over the allowed number') },
    rectificationDueOn: { label: own('整改期限', 'Rectify by') },
    rectifiedOn: { label: own('整改复查日期', 'Rectified on') },
    rectificationNote: { label: own('整改情况', 'Rectification') },
    rectificationOverdue: { label: own('整改逾期', 'Rectification overdue') },
    pendingRegistrations: { label: own('发现的未登记人员', 'People found unregistered') },
    step: { label: own('操作', 'Step') },
    committee: commonSpecs.committee!,
  },
  pending_registration: {
    property: { label: own('出租房屋', 'Rental property') },
    name: { label: own('姓名', 'Name') },
    description: { label: own('情况说明', 'Description') },
    source: { label: own('发现途径', 'Reported through'), values: labelNames(pendingSourceLabels) },
    reportedBy: { label: own('报告人', 'Reported by') },
    reportedOn: { label: own('报告日期', 'Reported on') },
    inspection: { label: own('检查', 'Inspection') },
    state: { label: own('状态', 'State'), values: labelNames(pendingStateLabels) },
    resolvedOn: { label: own('处理日期', 'Resolved on') },
    temporaryResident: { label: own('暂住登记', 'Registration') },
    clearReason: { label: own('核销原因', 'Reason cleared') },
    step: { label: own('操作', 'Step') },
    committee: commonSpecs.committee!,
  },
  temporary_resident: {
    person: { label: own('暂住人员', 'Person') },
    householdRegionCode: { label: own('户籍地代码', 'Registered region code') },
    householdRegion: { label: own('户籍地', 'Registered region') },
    householdProvince: { label: own('户籍地省份', 'Registered province') },
    lodging: { label: own('居住类型', 'Lodging'), values: labelNames(lodgingKindLabels) },
    property: { label: own('出租房屋', 'Rental property') },
    dwelling: { label: own('暂住地址', 'Where they live') },
    contract: { label: own('治安责任书', 'Contract') },
    movedInOn: { label: own('入住日期', 'Moved in on') },
    reason: { label: own('暂住事由', 'Reason'), values: labelNames(residenceReasonLabels) },
    employer: { label: own('服务处所', 'Employer or school') },
    declaredOn: { label: own('登记日期', 'Declared on') },
    deadline: { label: own('申报期限', 'Deadline') },
    deadlineProvisional: { label: own('期限待核（节假日安排未知）', 'Deadline provisional') },
    timeliness: { label: own('申报情况', 'Timeliness') },
    leftOn: { label: own('注销日期', 'Left on') },
    leaveReason: { label: own('注销原因', 'Reason for leaving') },
    permit: { label: own('居住证', 'Residence permit') },
    step: { label: own('操作', 'Step') },
    committee: commonSpecs.committee!,
    notes: commonSpecs.notes!,
  },
  subsidy_case: {
    household: { label: own('户', 'Household') },
    applicant: { label: own('申请人', 'Applicant') },
    appliedOn: { label: own('申请日期', 'Applied on') },
    stage: { label: own('办理环节', 'Stage'), values: labelNames(subsidyStageLabels) },
    stageEnteredOn: { label: own('进入本环节日期', 'Stage entered on') },
    nextStep: { label: own('下一步', 'Next step') },
    deadline: { label: own('办理期限', 'Deadline') },
    deadlineProvisional: { label: own('期限待核（节假日安排未知）', 'Deadline provisional') },
    overdue: { label: own('已超期', 'Overdue') },
    publicNotice: { label: own('公示', 'Public notice') },
    members: { label: own('共同生活家庭成员', 'Members living together') },
    coveredPeople: { label: own('保障人数', 'Covered people') },
    hardshipReason: {
      label: own('致困原因', 'Reason for hardship'),
      values: labelNames(hardshipReasonLabels),
    },
    classification: {
      label: own('分类', 'Classification'),
      values: labelNames(subsidyClassificationLabels),
    },
    assets: { label: own('家庭财产', 'Assets') },
    declarationReceivedOn: { label: own('承诺授权书收到日期', 'Declaration received on') },
    materials: { label: own('已收材料', 'Materials'), values: labelNames(subsidyMaterialLabels) },
    missingMaterials: {
      label: own('缺少材料', 'Missing materials'),
      values: labelNames(subsidyMaterialLabels),
    },
    certificateNumber: { label: own('低保证号', 'Certificate number') },
    bankName: { label: own('开户银行', 'Bank') },
    bankAccountMasked: { label: own('银行账号', 'Bank account') },
    computed: { label: own('测算保障金', 'Computed amount') },
    monthlyAmountFen: { label: own('月保障金（分）', 'Monthly amount (fen)') },
    amountPeriods: { label: own('保障金变动', 'Amount changes') },
    reviewDueOn: { label: own('复核到期日', 'Review due on') },
    reportedChangeOn: { label: own('家庭变化报告日期', 'Change reported on') },
    helper: { label: own('帮扶人', 'Helper') },
    history: { label: own('办理记录', 'History') },
    step: { label: own('操作', 'Step') },
    committee: commonSpecs.committee!,
    notes: commonSpecs.notes!,
  },
  pairing: {
    helperName: { label: own('帮扶人', 'Helper') },
    helperMember: { label: own('帮扶党员', 'Helper (party member)') },
    case: { label: own('帮扶的低保案件', 'Case helped') },
    beneficiary: { label: own('帮扶对象', 'Resident helped') },
    startedOn: { label: own('结对日期', 'Started on') },
    endedOn: { label: own('结束日期', 'Ended on') },
    active: { label: own('结对中', 'Active') },
    goals: { label: own('帮扶目标', 'Goals') },
    visits: { label: own('帮扶记录', 'Visits and help') },
    step: { label: own('操作', 'Step') },
    note: { label: own('说明', 'Note') },
    committee: commonSpecs.committee!,
  },
  patrol_team: {
    kind: { label: own('类型', 'Kind'), values: labelNames(patrolTeamKindLabels) },
    name: { label: own('名称', 'Name') },
    buildings: { label: own('负责楼栋', 'Buildings covered') },
    members: { label: own('成员', 'Members') },
    leader: { label: own('带班人', 'Leader') },
    currentCount: { label: own('在队人数', 'Current members') },
    warnings: { label: own('提醒', 'Warnings') },
    step: { label: own('操作', 'Step') },
    memberId: { label: own('成员', 'Member') },
    note: { label: own('说明', 'Note') },
    committee: commonSpecs.committee!,
    notes: commonSpecs.notes!,
  },
  patrol_route: {
    name: { label: own('路线名称', 'Name') },
    checkpoints: { label: own('巡逻点', 'Checkpoints') },
    totalMinutes: { label: own('预计总用时（分钟）', 'Expected minutes in all') },
    step: { label: own('操作', 'Step') },
    checkpointId: { label: own('巡逻点', 'Checkpoint') },
    committee: commonSpecs.committee!,
    notes: commonSpecs.notes!,
  },
  patrol_log: {
    committee: commonSpecs.committee!,
    date: { label: own('巡逻日期', 'Service date') },
    start: { label: own('开始时间', 'Start') },
    end: { label: own('结束时间', 'End') },
    endsNextDay: { label: own('次日结束', 'Ends next day') },
    minutes: { label: own('巡逻时长（分钟）', 'Minutes') },
    team: { label: own('队/组', 'Team or group') },
    leader: { label: own('带班人', 'Leader') },
    members: { label: own('队员', 'Members') },
    route: { label: own('巡逻路线', 'Route') },
    plan: { label: own('巡逻计划', 'Plan') },
    weather: { label: own('天气', 'Weather'), values: labelNames(weatherLabels) },
    incidents: { label: own('发现情况', 'Incidents') },
    questionings: { label: own('盘查', 'Questionings') },
    handoverNote: { label: own('交接班记录', 'Handover note') },
    visits: { label: own('巡逻点打卡', 'Checkpoint scans') },
    score: { label: own('计划与实际', 'Plan against actual') },
    openFollowUps: { label: own('待跟进事项', 'Open follow-ups') },
    source: { label: own('记录来源', 'Source') },
    written: { label: own('登记簿原文', 'As written in the register') },
    step: { label: own('操作', 'Step') },
    visitId: { label: own('巡逻点打卡', 'Checkpoint scan') },
  },
  patrol_photo: {
    logId: { label: own('巡逻记录', 'Patrol log') },
    contentType: { label: own('文件类型', 'File type') },
    size: { label: own('大小（字节）', 'Size (bytes)') },
  },
  patrol_follow_up: {
    log: { label: own('巡逻记录', 'Patrol log') },
    finding: { label: own('巡逻发现', 'Finding') },
    owner: { label: own('跟进人', 'Owner') },
    openedOn: { label: own('开跟进日期', 'Opened on') },
    dueOn: { label: own('办理期限', 'Due on') },
    closedOn: { label: own('办结日期', 'Closed on') },
    note: { label: own('跟进要求', 'Note') },
    closingNote: { label: own('办结情况', 'What was done') },
    state: { label: own('状态', 'State'), values: labelNames(followUpStateLabels) },
    step: { label: own('操作', 'Step') },
    committee: commonSpecs.committee!,
  },
  patrol_plan: {
    team: { label: own('巡逻队（组）', 'Team or group') },
    route: { label: own('巡逻路线', 'Route') },
    days: { label: own('巡逻日', 'Days') },
    start: { label: own('开始时间', 'Start') },
    end: { label: own('结束时间', 'End') },
    endsNextDay: { label: own('次日结束', 'Ends the next day') },
    minutes: { label: own('时长（分钟）', 'Minutes') },
    from: { label: own('起始日期', 'From') },
    to: { label: own('截止日期', 'To') },
    note: { label: own('说明', 'Note') },
    committee: commonSpecs.committee!,
  },
  patrol_roster_edit: {
    kind: {
      label: own('调整方式', 'Kind'),
      values: labelNames({
        swap: own('换班', 'Swap'),
        replace: own('顶班', 'Replace'),
        leave: own('请假', 'Leave'),
        cancel: own('取消', 'Cancel'),
      }),
    },
    entry: { label: own('班次', 'Entry') },
    other: { label: own('对调班次', 'Other entry') },
    teamId: { label: own('顶班队伍', 'Replacing team') },
    member: { label: own('请假人员', 'Member on leave') },
    reason: { label: own('原因', 'Reason') },
  },
  subsidy_payout: {
    month: { label: own('发放月份', 'Month') },
    state: { label: own('状态', 'State'), values: labelNames(payoutStateLabels) },
    totals: { label: own('合计', 'Totals') },
    rows: { label: own('行数', 'Rows') },
  },
  assistance_case: {
    committee: commonSpecs.committee!,
    resident: { label: own('救助对象', 'Person helped') },
    household: { label: own('家庭', 'Household') },
    kind: { label: own('救助类型', 'Kind'), values: labelNames(assistanceKindLabels) },
    procedure: { label: own('程序', 'Procedure'), values: labelNames(assistanceProcedureLabels) },
    form: { label: own('救助方式', 'Form'), values: labelNames(assistanceFormLabels) },
    reason: { label: own('救助事由', 'Reason') },
    description: { label: own('情况说明', 'Description') },
    amountFen: { label: own('救助金额（分）', 'Amount (fen)') },
    inKindDescription: { label: own('实物内容', 'Given in kind') },
    appliedOn: { label: own('申请日期', 'Applied on') },
    helpedOn: { label: own('先行救助日期', 'Helped on') },
    stage: { label: own('阶段', 'Stage'), values: labelNames(assistanceStageLabels) },
    paperworkDueOn: { label: own('补办期限', 'Paperwork due') },
    overdue: { label: own('补办逾期', 'Paperwork overdue') },
    approved: { label: own('审批', 'Approved') },
    paid: { label: own('发放', 'Paid') },
    refused: { label: own('不予救助', 'Refused') },
    step: { label: own('操作', 'Step') },
    note: { label: own('说明', 'Note') },
    fundEntryId: { label: own('备用金支出记录', 'Fund entry') },
  },
  assistance_fund_entry: {
    kind: { label: own('收支', 'Kind'), values: labelNames(assistanceFundEntryKindLabels) },
    on: { label: own('日期', 'Date') },
    fen: { label: own('金额（分）', 'Amount (fen)') },
    note: { label: own('说明', 'Note') },
  },
  subsidy_standard: {
    effectiveMonth: { label: own('执行月份', 'Effective from') },
    standardFen: { label: own('低保标准（分/人·月）', 'Standard (fen per person a month)') },
    floorFen: { label: own('保底金额（分/人·月）', 'Floor (fen per person a month)') },
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

export const specOf = (entityType: string, field: string): TFieldSpec | undefined =>
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
