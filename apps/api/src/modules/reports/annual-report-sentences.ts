import type { TAnnualReportSection } from '@cr/shared/reports/annual-report'
import type { TFigure, TFigureUnit } from '@cr/shared/statistics/statistics'

/**
 * Each section's figures written out as a sentence for the .docx (「截至2026年12月31日，共有党组
 * 织3个，党员120名，其中预备党员4名……」). A clause reads one figure (or one of its parts) by key;
 * a figure the statistics do not have, or have as null (the module holds no records), reads
 * 「党组织未录入」 — never 0.
 */

/** A figure's number as the office writes it: 元 from 分, hours from minutes, % from ‰. */
export const formatFigure = (value: number, unit: TFigureUnit): string => {
  switch (unit) {
    case 'fen':
      return (value / 100).toLocaleString('zh-CN', {
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
      })
    case 'minutes':
      return (Math.round((value / 60) * 10) / 10).toLocaleString('zh-CN')
    case 'per-mille':
      return (value / 10).toLocaleString('zh-CN', { maximumFractionDigits: 1 })
    default:
      return value.toLocaleString('zh-CN')
  }
}

/** One clause: `共有` + `党组织` + value + `个`; `part` reads one part of the figure instead. */
type TClause = { key: string; part?: string; verb?: string; noun: string; measure: string }

/** What the clauses of a section say: the state on 31 December, then the year's activity. */
type TSentencePlan = { state: TClause[]; year: TClause[] }

const plans: Record<TAnnualReportSection, TSentencePlan> = {
  party: {
    state: [
      { key: 'party.organizations', verb: '共有', noun: '党组织', measure: '个' },
      { key: 'party.members', noun: '党员', measure: '名' },
      {
        key: 'party.members.status',
        part: 'probationary',
        verb: '其中',
        noun: '预备党员',
        measure: '名',
      },
    ],
    year: [
      { key: 'party.joined', verb: '发展', noun: '新党员', measure: '名' },
      { key: 'party.confirmed', verb: '按期转正', noun: '', measure: '名' },
      { key: 'party.transfers-in', verb: '转入', noun: '', measure: '名' },
      { key: 'party.transfers-out', verb: '转出', noun: '', measure: '名' },
      { key: 'party.left', verb: '减少', noun: '', measure: '名' },
      { key: 'party.dues.due', verb: '应交', noun: '党费', measure: '元' },
      { key: 'party.dues.paid', verb: '已交', noun: '', measure: '元' },
      { key: 'party.dues.owed', verb: '欠交', noun: '', measure: '元' },
      { key: 'party.meetings', verb: '召开', noun: '组织生活会议', measure: '次' },
    ],
  },
  registry: {
    state: [
      { key: 'registry.buildings', verb: '共登记', noun: '楼栋', measure: '栋' },
      { key: 'registry.dwellings', noun: '房屋', measure: '套' },
      { key: 'registry.households', noun: '住户', measure: '户' },
      { key: 'registry.residents', noun: '居民', measure: '人' },
    ],
    year: [
      { key: 'registry.moves-in', verb: '迁入', noun: '', measure: '人' },
      { key: 'registry.moves-out', verb: '迁出', noun: '', measure: '人' },
    ],
  },
  rentals: {
    state: [
      { key: 'rentals.properties', verb: '共有', noun: '出租房屋', measure: '处' },
      { key: 'rentals.contracts', noun: '有效租赁合同', measure: '份' },
      { key: 'rentals.temporary-residents', noun: '暂住人口', measure: '人' },
    ],
    year: [
      { key: 'rentals.contracts-signed', verb: '签订', noun: '租赁合同', measure: '份' },
      { key: 'rentals.temporary-registered', verb: '办理', noun: '暂住登记', measure: '人次' },
      { key: 'rentals.registration-rate', verb: '按时', noun: '登记率', measure: '%' },
    ],
  },
  subsidies: {
    state: [
      { key: 'subsidies.households', verb: '共有', noun: '低保户', measure: '户' },
      { key: 'subsidies.people', verb: '保障', noun: '人数', measure: '人' },
    ],
    year: [{ key: 'subsidies.payout', verb: '发放', noun: '低保金', measure: '元' }],
  },
  patrol: {
    state: [{ key: 'patrol.follow-ups-open', verb: '尚未办结', noun: '跟进事项', measure: '件' }],
    year: [
      { key: 'patrol.patrols', verb: '开展', noun: '巡逻', measure: '次' },
      { key: 'patrol.minutes', verb: '累计巡逻', noun: '', measure: '小时' },
      { key: 'patrol.findings', verb: '发现', noun: '问题', measure: '起' },
    ],
  },
  'co-building': {
    state: [
      { key: 'co-building.units', verb: '共有', noun: '共建单位', measure: '个' },
      { key: 'co-building.agreements', noun: '有效共建协议', measure: '份' },
    ],
    year: [{ key: 'co-building.activities', verb: '开展', noun: '共建活动', measure: '次' }],
  },
}

const clauseText = (clause: TClause, figures: ReadonlyMap<string, TFigure>) => {
  const figure = figures.get(clause.key)
  const subject = `${clause.verb ?? ''}${clause.noun}`
  if (!figure || figure.value === null) return `${subject}未录入`
  const value = clause.part
    ? (figure.parts.find((p) => p.key === clause.part)?.value ?? 0)
    : figure.value
  return `${subject}${formatFigure(value, figure.unit)}${clause.measure}`
}

/** The day as the report writes it: 2026年12月31日. */
const chineseDate = (date: string) =>
  `${Number(date.slice(0, 4))}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`

/** The section's figures as one or two sentences, for the .docx. */
export const sectionSentence = (
  section: TAnnualReportSection,
  figures: readonly TFigure[],
  asOf: string,
): string => {
  const byKey = new Map(figures.map((figure) => [figure.key, figure]))
  const plan = plans[section]
  const state = plan.state.map((clause) => clauseText(clause, byKey)).join('，')
  const year = plan.year.map((clause) => clauseText(clause, byKey)).join('，')
  return `截至${chineseDate(asOf)}，${state}。全年${year}。`
}
