import { readFile, stat } from 'node:fs/promises'
import { resolve } from 'node:path'
// The words of the mapping schema's errors (issue.ts): loading the table hands them over.
import '@cr/shared/common/error-messages'
import { ZImportMapping, type TImportMapping } from '@cr/shared/imports/import-job'
import { CliError } from './cli-error.ts'

const isFile = (path: string) =>
  stat(path).then(
    (s) => s.isFile(),
    () => false,
  )

/** `表头=字段,表头2=字段2` (Chinese commas too); an empty field, `-` or `null` ignores the column. */
const parsePairs = (text: string): Record<string, string | null> => {
  const mapping: Record<string, string | null> = {}
  for (const pair of text.split(/[,，]/)) {
    if (!pair.trim()) continue
    const at = pair.indexOf('=')
    if (at < 1) throw new CliError(`--mapping 的“${pair.trim()}”应写成 表头=字段`)
    const field = pair.slice(at + 1).trim()
    mapping[pair.slice(0, at).trim()] =
      field === '' || field === '-' || field === 'null' ? null : field
  }
  return mapping
}

/**
 * The column corrections of `--mapping`: a JSON file saved from the web app or written by hand,
 * or pairs on the command line. Checked with the shared contract before anything is uploaded.
 */
export const readMapping = async (given: string, cwd: string): Promise<TImportMapping> => {
  const path = resolve(cwd, given)
  let raw: unknown
  if (given.toLowerCase().endsWith('.json') || (await isFile(path))) {
    const text = await readFile(path, 'utf8').catch(() => {
      throw new CliError(`找不到映射文件：${path}`)
    })
    try {
      raw = JSON.parse(text.replace(/^\uFEFF/, ''))
    } catch {
      throw new CliError(`映射文件不是有效的 JSON：${path}`)
    }
  } else {
    raw = parsePairs(given)
  }
  // A saved mapping as the API lists it ({ type, name, mapping }) works as well as a bare one.
  if (raw && typeof raw === 'object' && 'mapping' in raw) raw = raw.mapping
  const parsed = ZImportMapping.safeParse(raw)
  if (!parsed.success || Object.keys(parsed.data).length === 0)
    throw new CliError('--mapping 应为 {"表头或列字母": "字段" 或 null} 这样的对应关系')
  return parsed.data
}
