import { parseIdNumber } from '@cr/shared/validators/id-number'

/**
 * What no answer may hold, whatever was asked: a 5xx, a stack trace or source path, SQL or a
 * database error, a full ID number (except where the point is to reveal one). Returns the
 * problems found, empty when the answer is fine.
 */
const stackTrace = [
  /\n\s+at [\w$.<>[\] ]+ \(/, // a V8 frame: "    at fn (file:1:2)"
  /\bat [\w$.]+ \(?\/[\w./-]+:\d+:\d+/,
  /node_modules/,
  /\/(?:work|home|usr|src|app)\/[\w.-]+\/[\w./-]+\.(?:ts|js|mjs)\b/,
  /\b\w*Error: /, // "TypeError: …", "PrismaClientKnownRequestError: …"
]

const sql = [
  /\bSELECT\b[\s\S]{0,200}\bFROM\b/,
  /\bINSERT INTO\b/,
  /\bUPDATE\b\s+"?\w+"?\s+SET\b/,
  /relation "/,
  /syntax error at or near/,
  /violates (?:unique|foreign key|check|not-null) constraint/,
  /invalid input syntax for type/,
  /invalid byte sequence for encoding/,
  /\bPrisma\b/,
]

/** An 18-character GB 11643 number with a correct check character: a real ID number. */
const fullIdNumbers = (text: string) =>
  [...text.matchAll(/(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g)]
    .map((m) => m[0])
    .filter((candidate) => parseIdNumber(candidate).ok)

const textual = /json|text|csv|xml|html/

export type TAnswer = {
  statusCode: number
  headers: Record<string, unknown>
  body: string
}

export const answerProblems = (
  answer: TAnswer,
  { mayRevealIdNumbers }: { mayRevealIdNumbers: boolean },
): string[] => {
  const problems: string[] = []
  if (answer.statusCode >= 500) problems.push(`status ${answer.statusCode}`)
  const contentType = String(answer.headers['content-type'] ?? '')
  if (answer.statusCode >= 400 && !contentType.startsWith('application/problem+json'))
    problems.push(`a ${answer.statusCode} that is not problem+json (${contentType || 'no type'})`)
  if (contentType && !textual.test(contentType)) return problems
  for (const pattern of stackTrace)
    if (pattern.test(answer.body)) problems.push(`stack trace or source path (${pattern})`)
  for (const pattern of sql) if (pattern.test(answer.body)) problems.push(`SQL (${pattern})`)
  if (!mayRevealIdNumbers) {
    const found = fullIdNumbers(answer.body)
    if (found.length > 0) problems.push(`full ID number ${found[0]!.slice(0, 6)}…`)
  }
  return problems
}
