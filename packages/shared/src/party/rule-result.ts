import type { TErrorCode } from '../common/error-messages.ts'

/**
 * What a rule returns when it can refuse its input: the value, or a stable error code from
 * common/error-messages.ts (the API answers with it, forms and the importer show its text).
 * The same shape as `parseIdNumber`'s result, so callers handle every validator alike.
 */
export type TRuleResult<T, E extends TErrorCode = TErrorCode> =
  { ok: true; value: T } | { ok: false; error: E }

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value })
export const refuse = <E extends TErrorCode>(error: E): { ok: false; error: E } => ({
  ok: false,
  error,
})
