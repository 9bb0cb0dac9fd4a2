import { z } from 'zod'

/**
 * Code lists of the party module: stored as these English keys, shown with the labels.
 * Sources are DOMAIN.md §1 (party-status fields, organisation tree, dues, 三会一课, 民主评议).
 */
type TLabels<K extends string> = Record<K, { zh: string; en: string }>

/** 人员类别: 预备党员 until 转正 (党章第七条), then 正式党员. */
export const memberStatuses = ['probationary', 'full'] as const
export const ZMemberStatus = z.enum(memberStatuses).meta({ id: 'PartyMemberStatus' })
export type TMemberStatus = z.infer<typeof ZMemberStatus>
export const memberStatusLabels: TLabels<TMemberStatus> = {
  probationary: { zh: '预备党员', en: 'Probationary member' },
  full: { zh: '正式党员', en: 'Full member' },
}

/**
 * How the member relates to the community's organisation: its own members (直管), members
 * employed elsewhere who report to the community where they live (在职党员报到), floating
 * members holding a 流动党员活动证, and members of units based in the area (驻区单位).
 */
export const memberCategories = ['direct', 'reporting', 'floating', 'resident_unit'] as const
export const ZMemberCategory = z.enum(memberCategories).meta({ id: 'PartyMemberCategory' })
export type TMemberCategory = z.infer<typeof ZMemberCategory>
export const memberCategoryLabels: TLabels<TMemberCategory> = {
  direct: { zh: '直管党员', en: 'Directly managed member' },
  reporting: { zh: '居民党员（在职党员报到）', en: 'Resident member (reporting in-service)' },
  floating: { zh: '流动党员', en: 'Floating member' },
  resident_unit: { zh: '驻区单位党员', en: 'Member of a unit in the area' },
}

/** 支部 type (zhdj-doc: 两新组织 / 社区支部 / 机关支部; 离退休 as branches of retirees). */
export const branchTypes = ['community', 'government', 'retired', 'two_new', 'other'] as const
export const ZBranchType = z.enum(branchTypes).meta({ id: 'PartyBranchType' })
export type TBranchType = z.infer<typeof ZBranchType>
export const branchTypeLabels: TLabels<TBranchType> = {
  community: { zh: '社区党支部', en: 'Community branch' },
  government: { zh: '机关党支部', en: 'Government office branch' },
  retired: { zh: '离退休党支部', en: 'Retirees’ branch' },
  two_new: { zh: '两新组织党支部', en: 'New economic and social organisation branch' },
  other: { zh: '其他', en: 'Other' },
}

/** 三会一课 and the other regular organisational life (frequencies in meetings.ts). */
export const meetingTypes = [
  'member_meeting',
  'committee_meeting',
  'group_meeting',
  'party_lecture',
  'themed_day',
  'life_meeting',
] as const
export const ZMeetingType = z.enum(meetingTypes).meta({ id: 'PartyMeetingType' })
export type TMeetingType = z.infer<typeof ZMeetingType>
export const meetingTypeLabels: TLabels<TMeetingType> = {
  member_meeting: { zh: '支部党员大会', en: 'Branch general meeting' },
  committee_meeting: { zh: '支部委员会会议', en: 'Branch committee meeting' },
  group_meeting: { zh: '党小组会', en: 'Party group meeting' },
  party_lecture: { zh: '党课', en: 'Party lecture' },
  themed_day: { zh: '主题党日', en: 'Themed party day' },
  life_meeting: { zh: '组织生活会', en: 'Organisational life meeting' },
}

/** 党费 categories of 《党费收缴、使用和管理的规定》 (rates in dues.ts). */
export const duesCategories = [
  'employed',
  'retired',
  'self_employed',
  'farmer',
  'student',
  'unemployed',
  'subsistence',
  'relief',
  'exempt',
] as const
export const ZDuesCategory = z.enum(duesCategories).meta({ id: 'PartyDuesCategory' })
export type TDuesCategory = z.infer<typeof ZDuesCategory>
export const duesCategoryLabels: TLabels<TDuesCategory> = {
  employed: { zh: '在职（按税后工资收入）', en: 'Employed (after-tax pay)' },
  retired: { zh: '离退休', en: 'Retired' },
  self_employed: { zh: '个体经营', en: 'Self-employed' },
  farmer: { zh: '农民', en: 'Farmer' },
  student: { zh: '学生', en: 'Student' },
  unemployed: { zh: '下岗失业', en: 'Unemployed' },
  subsistence: { zh: '享受最低生活保障', en: 'Minimum livelihood (dibao)' },
  relief: { zh: '依靠抚恤或救济生活', en: 'Living on pension for survivors or relief' },
  exempt: { zh: '经批准少交或免交', en: 'Reduced or exempt on approval' },
}

/** 民主评议 grades (12371.cn; 优秀 at most a third of the members). */
export const evaluationGrades = [
  'excellent',
  'qualified',
  'basically_qualified',
  'unqualified',
] as const
export const ZEvaluationGrade = z.enum(evaluationGrades).meta({ id: 'PartyEvaluationGrade' })
export type TEvaluationGrade = z.infer<typeof ZEvaluationGrade>
export const evaluationGradeLabels: TLabels<TEvaluationGrade> = {
  excellent: { zh: '优秀', en: 'Excellent' },
  qualified: { zh: '合格', en: 'Qualified' },
  basically_qualified: { zh: '基本合格', en: 'Basically qualified' },
  unqualified: { zh: '不合格', en: 'Unqualified' },
}
