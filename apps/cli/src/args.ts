import { parseArgs } from 'node:util'
import { UsageError } from './cli-error.ts'

export type TConnection = { server: string; token: string }

export type TImportArgs = {
  command: 'import'
  type: string
  file: string
  dryRun: boolean
  onConflict: 'skip' | 'update'
  mode: 'all_or_nothing' | 'skip_invalid'
  committee: string | undefined
  mapping: string | undefined
  connection: TConnection
}

export type TExportArgs = {
  command: 'export'
  type: string
  out: string
  format: 'xlsx' | 'csv'
  committee: string | undefined
  filters: { category?: string; tag?: string; status?: string; q?: string }
  connection: TConnection
}

export type TCliArgs = TImportArgs | TExportArgs | { command: 'help' }

const common = {
  server: { type: 'string' },
  token: { type: 'string' },
  committee: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const

const importOptions = {
  ...common,
  'dry-run': { type: 'boolean' },
  'on-conflict': { type: 'string' },
  'all-or-nothing': { type: 'boolean' },
  'skip-invalid': { type: 'boolean' },
  mapping: { type: 'string' },
} as const

const exportOptions = {
  ...common,
  category: { type: 'string' },
  tag: { type: 'string' },
  status: { type: 'string' },
  q: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
} as const

/** parseArgs reports unknown flags as TypeErrors with English text; make them usage errors. */
const usageErrors = <T>(parse: () => T): T => {
  try {
    return parse()
  } catch (error) {
    throw new UsageError(`参数有误：${(error as Error).message}`)
  }
}

/** A stray argument may be a token pasted without --token: it must not be echoed back. */
const extraArguments = (extra: string[]) =>
  new UsageError(`多余的参数：${extra.map((a) => a.replace(/^crt_.*/, 'crt_…')).join(' ')}`)

const connection = (
  values: { server?: string | boolean; token?: string | boolean },
  env: Record<string, string | undefined>,
): TConnection => {
  const server = String(values.server ?? env.CR_SERVER ?? 'http://localhost:3000')
  if (!/^https?:\/\/[^/]/.test(server)) throw new UsageError(`服务器地址无效：${server}`)
  const token = values.token ?? env.CR_TOKEN
  if (typeof token !== 'string' || token.trim() === '')
    throw new UsageError('缺少 API 令牌：请设置环境变量 CR_TOKEN，或使用 --token')
  return { server: server.replace(/\/+$/, ''), token: token.trim() }
}

const oneOf = <T extends string>(name: string, value: string, allowed: readonly T[]): T => {
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new UsageError(`--${name} 只能是 ${allowed.join(' 或 ')}，不能是“${value}”`)
}

const parseImport = (args: string[], env: Record<string, string | undefined>): TCliArgs => {
  const { values, positionals } = usageErrors(() =>
    parseArgs({ args, options: importOptions, allowPositionals: true, strict: true }),
  )
  if (values.help) return { command: 'help' }
  const [type, file, ...extra] = positionals
  if (!type || !file) throw new UsageError('用法：pnpm cli import <类型> <文件> [选项]')
  if (extra.length) throw extraArguments(extra)
  if (values['all-or-nothing'] && values['skip-invalid'])
    throw new UsageError('--all-or-nothing 与 --skip-invalid 只能选一个')
  return {
    command: 'import',
    type,
    file,
    dryRun: values['dry-run'] ?? false,
    onConflict: oneOf('on-conflict', values['on-conflict'] ?? 'skip', ['skip', 'update']),
    mode: values['skip-invalid'] ? 'skip_invalid' : 'all_or_nothing',
    committee: values.committee,
    mapping: values.mapping,
    connection: connection(values, env),
  }
}

const parseExport = (args: string[], env: Record<string, string | undefined>): TCliArgs => {
  const { values, positionals } = usageErrors(() =>
    parseArgs({ args, options: exportOptions, allowPositionals: true, strict: true }),
  )
  if (values.help) return { command: 'help' }
  const [type, ...extra] = positionals
  if (!type) throw new UsageError('用法：pnpm cli export <类型> --out <文件> [选项]')
  if (extra.length) throw extraArguments(extra)
  if (!values.out) throw new UsageError('请用 --out 指定导出文件')
  // Without --format the file name decides, so `--out 名单.csv` does what it says.
  const format = oneOf(
    'format',
    values.format ?? (values.out.toLowerCase().endsWith('.csv') ? 'csv' : 'xlsx'),
    ['xlsx', 'csv'],
  )
  const { category, tag, status, q } = values
  return {
    command: 'export',
    type,
    out: values.out,
    format,
    committee: values.committee,
    filters: { category, tag, status, q },
    connection: connection(values, env),
  }
}

export const parseCliArgs = (argv: string[], env: Record<string, string | undefined>): TCliArgs => {
  const [command, ...rest] = argv
  if (command === undefined || command === 'help' || command === '-h' || command === '--help')
    return { command: 'help' }
  if (command === 'import') return parseImport(rest, env)
  if (command === 'export') return parseExport(rest, env)
  throw new UsageError(`未知命令：${command}（可用：import、export）`)
}
