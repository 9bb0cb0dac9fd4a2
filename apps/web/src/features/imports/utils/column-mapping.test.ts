import type { TImportJob } from '@cr/shared/imports/import-job'
import { describe, expect, it } from 'vitest'
import {
  applySavedMapping,
  chooseField,
  initialChoices,
  mappingToSave,
  mappingToSend,
  groupsMissing,
  missingFields,
} from './column-mapping'

const columns: TImportJob['columns'] = [
  { letter: 'A', header: '姓名', field: 'name', source: 'synonym' },
  { letter: 'B', header: '证件号', field: null, source: 'unrecognised' },
  { letter: 'C', header: '性别', field: 'sex', source: 'synonym' },
  { letter: 'D', header: '姓名2', field: 'name', source: 'duplicate' },
]
const fields: TImportJob['fields'] = [
  { key: 'name', label: '姓名', requiredColumn: true },
  { key: 'idNumber', label: '身份证号', requiredColumn: true },
  { key: 'sex', label: '性别', requiredColumn: false },
]

describe('column mapping', () => {
  it('starts from the check and sends only what the clerk changed', () => {
    const start = initialChoices(columns)
    expect(start).toEqual({ A: 'name', C: 'sex', D: null })
    expect(missingFields(fields, start)).toEqual(['idNumber'])
    const next = chooseField(start, 'B', 'idNumber')
    expect(missingFields(fields, next)).toEqual([])
    expect(mappingToSend(columns, next)).toEqual({ B: 'idNumber' })
    expect(mappingToSave(columns, next)).toEqual({ 证件号: 'idNumber' })
  })

  it('gives a field to one column only', () => {
    const next = chooseField(initialChoices(columns), 'D', 'name')
    expect(next).toMatchObject({ A: null, D: 'name' })
    expect(mappingToSend(columns, next)).toEqual({ A: null, D: 'name' })
  })

  it('keeps earlier overrides and applies saved mappings by header', () => {
    const checked: TImportJob['columns'] = [
      { letter: 'A', header: '姓名', field: 'name', source: 'synonym' },
      { letter: 'B', header: '证件号', field: 'idNumber', source: 'override' },
    ]
    expect(mappingToSend(checked, initialChoices(checked))).toEqual({ B: 'idNumber' })
    expect(applySavedMapping(columns, initialChoices(columns), { ' 证件号': 'idNumber' })).toEqual({
      A: 'name',
      B: 'idNumber',
      C: 'sex',
      D: null,
    })
  })

  it('requires the whole of a column group once one of its columns is fed', () => {
    const address = [
      { label: '住址', fields: ['street', 'room', 'unit'], required: ['street', 'room'] },
    ]
    const withAddress = [
      ...fields,
      { key: 'street', label: '街路巷', requiredColumn: false },
      { key: 'room', label: '室号', requiredColumn: false },
      { key: 'unit', label: '单元', requiredColumn: false },
    ]
    const base = { A: 'name', B: 'idNumber' }
    expect(missingFields(withAddress, base, address)).toEqual([])
    const missing = missingFields(withAddress, { ...base, C: 'unit' }, address)
    expect(missing).toEqual(['street', 'room'])
    expect(groupsMissing(address, missing).map((g) => g.label)).toEqual(['住址'])
    expect(missingFields(withAddress, { ...base, C: 'room', D: 'street' }, address)).toEqual([])
  })
})
