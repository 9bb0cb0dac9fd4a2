import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readMapping } from './mapping.ts'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cr-cli-mapping-'))
})
afterAll(() => rm(dir, { recursive: true, force: true }))

describe('--mapping', () => {
  it('reads pairs from the command line, Chinese commas included; an empty field ignores', async () => {
    expect(await readMapping('证件号=idNumber，F=phone, 备注=', dir)).toEqual({
      证件号: 'idNumber',
      F: 'phone',
      备注: null,
    })
  })

  it('reads a JSON file relative to the caller, bare or as a saved mapping', async () => {
    await writeFile(join(dir, 'bare.json'), '\uFEFF{"证件号":"idNumber"}')
    await writeFile(
      join(dir, 'saved.json'),
      JSON.stringify({ type: 'residents', name: '三月', mapping: { G: null } }),
    )
    expect(await readMapping('bare.json', dir)).toEqual({ 证件号: 'idNumber' })
    expect(await readMapping('saved.json', dir)).toEqual({ G: null })
  })

  it('refuses what is not a mapping, before anything is uploaded', async () => {
    await expect(readMapping('证件号', dir)).rejects.toThrow('表头=字段')
    await expect(readMapping('missing.json', dir)).rejects.toThrow('找不到映射文件')
    await writeFile(join(dir, 'list.json'), '[1, 2]')
    await expect(readMapping('list.json', dir)).rejects.toThrow('--mapping')
  })
})
