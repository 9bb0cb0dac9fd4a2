import { addDays } from '../party/calendar.ts'
import { addWorkingDays, holidayScheduleKnown } from '../rentals/working-days.ts'

/**
 * The 低保 case's procedure (社会救助暂行办法, 最低生活保障审核确认办法; ../shared/DOMAIN.md §4):
 * 申请 → 入户调查 (10 working days) → 民主评议 (5 working days) → 公示 (7 days) → 街道审核 →
 * 县级审批 → 保障中, then reviews, suspension and stop. Any step before payment may refuse the
 * case with a reason. Each step is a dated action on the case; the stage is where it stands.
 */
export const subsidyStages = [
  'applied',
  'investigated',
  'deliberated',
  'publicizing',
  'street_reviewed',
  'in_payment',
  'suspended',
  'stopped',
  'refused',
] as const
export type TSubsidyStage = (typeof subsidyStages)[number]
export const subsidyStageLabels: Record<TSubsidyStage, { zh: string; en: string }> = {
  applied: { zh: '待入户调查', en: 'Awaiting investigation' },
  investigated: { zh: '待民主评议', en: 'Awaiting deliberation' },
  deliberated: { zh: '待公示', en: 'Awaiting public notice' },
  publicizing: { zh: '公示中', en: 'Public notice' },
  street_reviewed: { zh: '待县级审批', en: 'Awaiting county approval' },
  in_payment: { zh: '保障中', en: 'In payment' },
  suspended: { zh: '暂停发放', en: 'Suspended' },
  stopped: { zh: '已停保', en: 'Stopped' },
  refused: { zh: '不予批准', en: 'Refused' },
}

export const subsidySteps = [
  'investigate',
  'deliberate',
  'publicize',
  'object',
  'street_review',
  'approve',
  'review',
  'report_change',
  'suspend',
  'resume',
  'stop',
  'refuse',
] as const
export type TSubsidyStep = (typeof subsidySteps)[number]

/** The steps each stage allows, in the order a clerk meets them (the first is "the next step"). */
export const subsidyStepsFrom: Record<TSubsidyStage, readonly TSubsidyStep[]> = {
  applied: ['investigate', 'refuse'],
  investigated: ['deliberate', 'refuse'],
  deliberated: ['publicize', 'refuse'],
  // An objection during 公示 sends the case back to investigation (the objection recorded).
  publicizing: ['street_review', 'object', 'refuse'],
  street_reviewed: ['approve', 'refuse'],
  // A change the household reports (家庭变化报告) makes a review due at once.
  in_payment: ['review', 'report_change', 'suspend', 'stop'],
  suspended: ['resume', 'report_change', 'stop'],
  stopped: [],
  refused: [],
}

/** The stage a step leads to (`deliberate` only when the vote passed; see `deliberationPasses`). */
export const subsidyStageAfter: Record<
  Exclude<TSubsidyStep, 'review' | 'report_change'>,
  TSubsidyStage
> = {
  investigate: 'investigated',
  deliberate: 'deliberated',
  publicize: 'publicizing',
  object: 'applied',
  street_review: 'street_reviewed',
  approve: 'in_payment',
  suspend: 'suspended',
  resume: 'in_payment',
  stop: 'stopped',
  refuse: 'refused',
}

export const canTakeStep = (stage: TSubsidyStage, step: TSubsidyStep) =>
  subsidyStepsFrom[stage].includes(step)

export const investigationWorkingDays = 10
export const deliberationWorkingDays = 5
export const publicNoticeDays = 7
/** 入户调查 needs at least this many investigators. */
export const minimumInvestigators = 2

/**
 * When the next step is due, from the day the case entered its stage: the investigation 10
 * working days after the application, the deliberation 5 working days after the investigation
 * (the start day not counted, as `addWorkingDays`). Other stages have no deadline of their own.
 * `provisional` when a year it runs through has no holiday schedule yet.
 */
export const subsidyStepDeadline = (stage: TSubsidyStage, enteredOn: string) => {
  const days =
    stage === 'applied'
      ? investigationWorkingDays
      : stage === 'investigated'
        ? deliberationWorkingDays
        : null
  if (days === null) return null
  const deadline = addWorkingDays(enteredOn, days)
  return {
    deadline,
    provisional: !holidayScheduleKnown(enteredOn) || !holidayScheduleKnown(deadline),
  }
}

/**
 * 公示 runs 7 calendar days, the first day counted (a notice "公示期7天，1月5日至1月11日"): the
 * last day is start + 6. The street's review may be recorded from the day after.
 */
export const publicNoticeEndsOn = (startsOn: string) => addDays(startsOn, publicNoticeDays - 1)
export const publicNoticeOver = (startsOn: string, today: string) =>
  today > publicNoticeEndsOn(startsOn)

/** A share such as ⅔, exact: numerator over denominator. */
export type TShare = { numerator: number; denominator: number }
export type TDeliberationRule = { present: TShare; agree: TShare }
/** The default pass rule (a setting): two-thirds of the members present, two-thirds of them agree. */
export const defaultDeliberationRule: TDeliberationRule = {
  present: { numerator: 2, denominator: 3 },
  agree: { numerator: 2, denominator: 3 },
}

const atLeast = (count: number, of: number, share: TShare) =>
  count * share.denominator >= of * share.numerator

/**
 * Whether a 民主评议 passed: at least the rule's share of the members attended, and at least its
 * share of those present agreed (both inclusive, in integers: 6 of 9 is exactly two-thirds).
 */
export const deliberationPasses = (
  vote: { members: number; present: number; agree: number },
  rule: TDeliberationRule = defaultDeliberationRule,
) =>
  vote.members > 0 &&
  vote.present <= vote.members &&
  vote.agree <= vote.present &&
  atLeast(vote.present, vote.members, rule.present) &&
  atLeast(vote.agree, vote.present, rule.agree)

// ---- the application's materials and the reason for hardship ----

export const subsidyMaterials = [
  'application',
  'id_card',
  'household_register',
  'investigation_form',
  'deliberation_record',
  'consent',
  'income_proof',
] as const
export type TSubsidyMaterial = (typeof subsidyMaterials)[number]
export const subsidyMaterialLabels: Record<TSubsidyMaterial, { zh: string; en: string }> = {
  application: { zh: '申请书', en: 'Application' },
  id_card: { zh: '身份证', en: 'ID cards' },
  household_register: { zh: '户口簿', en: 'Household register' },
  investigation_form: { zh: '入户调查表', en: 'Home investigation form' },
  deliberation_record: { zh: '民主评议记录', en: 'Deliberation record' },
  consent: {
    zh: '家庭经济状况核对诚信承诺和授权书',
    en: 'Declaration and consent to the economic check',
  },
  income_proof: { zh: '收入证明', en: 'Proof of income' },
}

/** What is still missing, all at once and in the checklist's order (never one at a time). */
export const missingMaterials = (received: readonly TSubsidyMaterial[]): TSubsidyMaterial[] =>
  subsidyMaterials.filter((material) => !received.includes(material))

export const hardshipReasons = [
  'unemployed',
  'illness',
  'disability',
  'unable_to_work',
  'elderly',
  'education',
  'other',
] as const
export type THardshipReason = (typeof hardshipReasons)[number]
export const hardshipReasonLabels: Record<THardshipReason, { zh: string; en: string }> = {
  unemployed: { zh: '下岗失业', en: 'Unemployed' },
  illness: { zh: '因病致贫', en: 'Illness' },
  disability: { zh: '残疾', en: 'Disability' },
  unable_to_work: { zh: '无劳动能力', en: 'Unable to work' },
  elderly: { zh: '年老体弱', en: 'Old age' },
  education: { zh: '因学致贫', en: 'Education costs' },
  other: { zh: '其他', en: 'Other' },
}
