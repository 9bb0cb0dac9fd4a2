import { z } from 'zod'

/**
 * The patrol module's code tables (../shared/DOMAIN.md §5): what a patrol finds, why a person was
 * questioned (盘查) and what came of it, how a finding stands, the kinds of team, and how a
 * checkpoint visit and a patrol are scored. Stored and sent as the English codes; shown by label.
 */
type TLabels<T extends string> = Record<T, { zh: string; en: string }>

export const incidentTypes = [
  'suspicious_person',
  'public_order_hazard',
  'fire_hazard',
  'dispute',
  'theft',
  'other',
] as const
export type TIncidentType = (typeof incidentTypes)[number]
export const incidentTypeLabels: TLabels<TIncidentType> = {
  suspicious_person: { zh: '可疑人员', en: 'Suspicious person' },
  public_order_hazard: { zh: '治安隐患', en: 'Public-order hazard' },
  fire_hazard: { zh: '消防隐患', en: 'Fire hazard' },
  dispute: { zh: '矛盾纠纷', en: 'Dispute' },
  theft: { zh: '盗窃', en: 'Theft' },
  other: { zh: '其他', en: 'Other' },
}
export const ZIncidentType = z.enum(incidentTypes).meta({ id: 'PatrolIncidentType' })

/** 盘查 grounds, as police patrol rules list them. */
export const questioningGrounds = [
  'suspicious_behaviour',
  'suspicious_property',
  'unknown_identity',
  'case_related',
] as const
export type TQuestioningGround = (typeof questioningGrounds)[number]
export const questioningGroundLabels: TLabels<TQuestioningGround> = {
  suspicious_behaviour: { zh: '形迹可疑', en: 'Suspicious behaviour' },
  suspicious_property: { zh: '财物可疑', en: 'Suspicious property' },
  unknown_identity: { zh: '身份不明', en: 'Identity unknown' },
  case_related: { zh: '案件关联', en: 'Linked to a case' },
}
export const ZQuestioningGround = z.enum(questioningGrounds).meta({ id: 'PatrolQuestioningGround' })

export const questioningOutcomes = ['released', 'handed_to_police'] as const
export type TQuestioningOutcome = (typeof questioningOutcomes)[number]
export const questioningOutcomeLabels: TLabels<TQuestioningOutcome> = {
  released: { zh: '放行', en: 'Released' },
  handed_to_police: { zh: '移交派出所', en: 'Handed to the police station' },
}
export const ZQuestioningOutcome = z
  .enum(questioningOutcomes)
  .meta({ id: 'PatrolQuestioningOutcome' })

/**
 * How a finding stands: dealt with on the spot, reported (to the committee or the 民警), handed
 * over to another body (police, fire, property management), waiting for a follow-up, closed.
 */
export const findingHandlingStates = [
  'handled_on_site',
  'reported',
  'transferred',
  'follow_up',
  'closed',
] as const
export type TFindingHandlingState = (typeof findingHandlingStates)[number]
export const findingHandlingStateLabels: TLabels<TFindingHandlingState> = {
  handled_on_site: { zh: '当场处置', en: 'Handled on the spot' },
  reported: { zh: '已上报', en: 'Reported' },
  transferred: { zh: '已移交', en: 'Handed over' },
  follow_up: { zh: '待跟进', en: 'Awaiting follow-up' },
  closed: { zh: '已办结', en: 'Closed' },
}
export const ZFindingHandlingState = z
  .enum(findingHandlingStates)
  .meta({ id: 'PatrolFindingHandlingState' })

export const patrolTeamKinds = ['team', 'building_group'] as const
export type TPatrolTeamKind = (typeof patrolTeamKinds)[number]
export const patrolTeamKindLabels: TLabels<TPatrolTeamKind> = {
  team: { zh: '巡逻队', en: 'Patrol team' },
  building_group: { zh: '楼长巡逻组', en: 'Building leaders’ group' },
}
export const ZPatrolTeamKind = z.enum(patrolTeamKinds).meta({ id: 'PatrolTeamKind' })

/** A planned checkpoint's visit against the plan (正常 / 早到 / 迟到 / 漏检). */
export const checkpointVisitResults = ['on_time', 'early', 'late', 'missed'] as const
export type TCheckpointVisitResult = (typeof checkpointVisitResults)[number]
export const checkpointVisitResultLabels: TLabels<TCheckpointVisitResult> = {
  on_time: { zh: '正常', en: 'On time' },
  early: { zh: '早到', en: 'Early' },
  late: { zh: '迟到', en: 'Late' },
  missed: { zh: '漏检', en: 'Missed' },
}
export const ZCheckpointVisitResult = z
  .enum(checkpointVisitResults)
  .meta({ id: 'PatrolCheckpointVisitResult' })

export const patrolOutcomes = ['done', 'partly_done', 'not_done'] as const
export type TPatrolOutcome = (typeof patrolOutcomes)[number]
export const patrolOutcomeLabels: TLabels<TPatrolOutcome> = {
  done: { zh: '已完成', en: 'Done' },
  partly_done: { zh: '部分完成', en: 'Partly done' },
  not_done: { zh: '未完成', en: 'Not done' },
}
export const ZPatrolOutcome = z.enum(patrolOutcomes).meta({ id: 'PatrolOutcome' })

/** Weather, optional on a log: the few words a register uses. */
export const weatherKinds = ['sunny', 'cloudy', 'overcast', 'rain', 'snow', 'fog', 'wind'] as const
export type TWeather = (typeof weatherKinds)[number]
export const weatherLabels: TLabels<TWeather> = {
  sunny: { zh: '晴', en: 'Sunny' },
  cloudy: { zh: '多云', en: 'Cloudy' },
  overcast: { zh: '阴', en: 'Overcast' },
  rain: { zh: '雨', en: 'Rain' },
  snow: { zh: '雪', en: 'Snow' },
  fog: { zh: '雾', en: 'Fog' },
  wind: { zh: '大风', en: 'Strong wind' },
}
export const ZWeather = z.enum(weatherKinds).meta({ id: 'PatrolWeather' })
