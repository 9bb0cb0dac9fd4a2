import { addDays, addMonths, addYears, daysBetween } from '../party/calendar.ts'

// ---- 治安责任书: the contract's status ----

export const rentalContractStatuses = ['active', 'expiring', 'expired', 'cancelled'] as const
export type TRentalContractStatus = (typeof rentalContractStatuses)[number]
export const rentalContractStatusLabels: Record<TRentalContractStatus, { zh: string; en: string }> =
  {
    active: { zh: '有效', en: 'In force' },
    expiring: { zh: '即将到期', en: 'Ending soon' },
    expired: { zh: '已到期', en: 'Expired' },
    cancelled: { zh: '已注销', en: 'Cancelled' },
  }

/** A contract ending within this many days (the end day included) is 即将到期. */
export const contractExpiringWithinDays = 30

/**
 * The status of a contract on `today`, from its dates and actions only (never stored): 已注销
 * once cancelled, whatever the dates; 已到期 from the day after the lease's last day; 即将到期
 * from 30 days before the last day through the last day itself (the lease covers it); else 有效.
 */
export const rentalContractStatus = (
  contract: { leaseEndsOn: string; cancelledOn: string | null },
  today: string,
): TRentalContractStatus => {
  if (contract.cancelledOn) return 'cancelled'
  const left = daysBetween(today, contract.leaseEndsOn)
  if (left < 0) return 'expired'
  if (left <= contractExpiringWithinDays) return 'expiring'
  return 'active'
}

/** The first `today` on which the contract counts as 即将到期. */
export const contractExpiringFrom = (leaseEndsOn: string) =>
  addDays(leaseEndsOn, -contractExpiringWithinDays)

// ---- 居住证: eligibility and the yearly 签注 ----

/** 国务院令第663号 第九条: 6 months of 居住登记 and a stable job, home or continuous study. */
export const residencePermitMonths = 6
/** Reminders of a 签注 start this many days before it is due. */
export const endorsementReminderDays = 30

/** The first day a temporary resident registered on `registeredOn` may apply for a 居住证. */
export const residencePermitEligibleFrom = (registeredOn: string) =>
  addMonths(registeredOn, residencePermitMonths)

export const residencePermitEligible = (
  registeredOn: string,
  hasBasis: boolean,
  today: string,
): boolean => hasBasis && today >= residencePermitEligibleFrom(registeredOn)

/**
 * 签注 is due once a year (第十三条): a year after the card's issue, or after the last 签注.
 * 29 February's anniversary is 28 February (民法典 第二百零二条, as `addYears`).
 */
export const endorsementDueOn = (issuedOn: string, lastEndorsedOn: string | null) =>
  addYears(lastEndorsedOn && lastEndorsedOn > issuedOn ? lastEndorsedOn : issuedOn, 1)

export const endorsementStates = ['ok', 'due_soon', 'overdue'] as const
export type TEndorsementState = (typeof endorsementStates)[number]

/** `due_soon` from 30 days before the due date through the due date, `overdue` after it. */
export const endorsementState = (dueOn: string, today: string): TEndorsementState => {
  const left = daysBetween(today, dueOn)
  if (left < 0) return 'overdue'
  if (left <= endorsementReminderDays) return 'due_soon'
  return 'ok'
}

// ---- 登记率 ----

export type TRateRow = {
  committeeId: string
  /** A registered temporary resident: the declared date, and the day they left, if they did. */
  kind: 'registered' | 'pending'
  /** Registered: the declared date. Pending: the day they were reported. */
  from: string
  /** Registered: the day they left (注销). Pending: the day they were registered or cleared. */
  until: string | null
}

export type TRate = {
  registered: number
  pending: number
  /** registered ÷ (registered + pending); null when nobody is known (nothing to divide). */
  rate: number | null
  /** Per cent with one decimal, rounded down: 100.0 only when nobody is pending. */
  percent: number | null
}

const rateOf = (registered: number, pending: number): TRate => {
  const known = registered + pending
  if (known === 0) return { registered, pending, rate: null, percent: null }
  return {
    registered,
    pending,
    rate: registered / known,
    percent: Math.floor((registered * 1000) / known) / 10,
  }
}

const countsOn = (row: TRateRow, asOf: string) =>
  row.from <= asOf && (row.until === null || row.until > asOf)

/**
 * 登记率 as of a day: registered temporary residents over everyone known to live in the rented
 * dwellings without household registration here — the registered and the people pending
 * registration (found by an inspection, reported by a 楼长 or a landlord) who were neither
 * registered nor cleared by that day. Per committee and overall.
 */
export const registrationRate = (rows: readonly TRateRow[], asOf: string) => {
  const byCommittee = new Map<string, { registered: number; pending: number }>()
  let registered = 0
  let pending = 0
  for (const row of rows) {
    if (!countsOn(row, asOf)) continue
    const c = byCommittee.get(row.committeeId) ?? { registered: 0, pending: 0 }
    c[row.kind] += 1
    byCommittee.set(row.committeeId, c)
    if (row.kind === 'registered') registered += 1
    else pending += 1
  }
  return {
    asOf,
    overall: rateOf(registered, pending),
    committees: [...byCommittee.entries()]
      .map(([committeeId, c]) => ({ committeeId, ...rateOf(c.registered, c.pending) }))
      .sort((a, b) => a.committeeId.localeCompare(b.committeeId)),
  }
}

// ---- occupants ----

/** How many occupants over the allowed number (0 when within it, or when none is set). */
export const occupantsOverAllowed = (count: number, allowed: number | null): number =>
  allowed === null ? 0 : Math.max(0, count - allowed)

// ---- the contract number scheme ----

/**
 * The office's numbering scheme, a setting: literal text with `{YYYY}` (the signing year) and a
 * run of N in braces (`{NNNN}`: the sequence within the year, zero-padded to that width), e.g.
 * `XXSQ-{YYYY}-{NNNN}` → `XXSQ-2004-0001`.
 */
export const defaultContractNumberPattern = 'XXSQ-{YYYY}-{NNNN}'

export const contractNumberPatternValid = (pattern: string) =>
  /\{N+\}/.test(pattern) &&
  (pattern.match(/\{N+\}/g) ?? []).length === 1 &&
  !/[{}]/.test(pattern.replace(/\{YYYY\}|\{N+\}/g, ''))

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

const parts = (pattern: string, year: number) => {
  const yearText = String(year).padStart(4, '0')
  const [before = '', after = ''] = pattern.replace(/\{YYYY\}/g, yearText).split(/\{N+\}/)
  const width = (pattern.match(/\{(N+)\}/)?.[1] ?? 'NNNN').length
  return { before, after, width }
}

export const formatContractNumber = (pattern: string, year: number, sequence: number) => {
  const { before, after, width } = parts(pattern, year)
  return `${before}${String(sequence).padStart(width, '0')}${after}`
}

/**
 * The next number in the scheme for a signing year: one more than the highest sequence among
 * the numbers already used that match the scheme for that year (numbers typed another way, as
 * imported ledgers hold them, are left alone).
 */
export const nextContractNumber = (pattern: string, year: number, used: readonly string[]) => {
  const { before, after } = parts(pattern, year)
  const re = new RegExp(`^${escapeRegex(before)}(\\d+)${escapeRegex(after)}$`)
  let highest = 0
  for (const number of used) {
    const m = re.exec(number)
    if (m?.[1]) highest = Math.max(highest, Number(m[1]))
  }
  return formatContractNumber(pattern, year, highest + 1)
}
