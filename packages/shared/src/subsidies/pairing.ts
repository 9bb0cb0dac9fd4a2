/**
 * 一助一 结对帮扶: a helper paired with a case household or a resident in hardship, from a start
 * date until its end. The pairing rate is the share of cases in payment with a helper on the day.
 */
export type TPairingSpan = { startedOn: string; endedOn: string | null }

/** Active on `day`: started on or before it, not ended before it (the end day still counts). */
export const pairingActiveOn = (pairing: TPairingSpan, day: string) =>
  pairing.startedOn <= day && (pairing.endedOn === null || pairing.endedOn >= day)

/**
 * Per committee and overall: cases in payment, those with an active helper, and the rate in
 * whole per mille (985 = 98.5%) so that it is exact; null rate for no cases.
 */
export const pairingRate = (
  cases: readonly { committeeId: string; pairings: readonly TPairingSpan[] }[],
  day: string,
) => {
  const tally = (rows: typeof cases) => {
    const paired = rows.filter((c) => c.pairings.some((p) => pairingActiveOn(p, day))).length
    return {
      cases: rows.length,
      paired,
      perMille: rows.length === 0 ? null : Math.floor((paired * 1000) / rows.length),
    }
  }
  const committees = [...new Set(cases.map((c) => c.committeeId))].sort()
  return {
    total: tally(cases),
    byCommittee: committees.map((committeeId) => ({
      committeeId,
      ...tally(cases.filter((c) => c.committeeId === committeeId)),
    })),
  }
}
