import { attribute, parseXml } from './xml.ts'
import { type TXlsxZip } from './zip.ts'

export type TWorkbookSheet = {
  name: string
  /** Excel's `hidden` and `veryHidden` sheets (e.g. a template's drop-down lists). */
  hidden: boolean
  /** The sheet's part in the zip, e.g. `xl/worksheets/sheet1.xml`. */
  part: string
}

export type TWorkbook = {
  sheets: TWorkbookSheet[]
  /** Mac Excel's old date system: serial 0 is 1904-01-01 instead of 1899-12-31. */
  date1904: boolean
  /** The parts every sheet shares, when the workbook has them. */
  sharedStringsPart: string | null
  stylesPart: string | null
}

const officeDocumentType = /\/officeDocument$/

/** `Target` of a relationship, relative to the folder of the part that owns it. */
const resolveTarget = (folder: string, target: string) => {
  if (target.startsWith('/')) return target.slice(1)
  const parts = `${folder}${target}`.split('/')
  const out: string[] = []
  for (const p of parts) {
    if (p === '..') out.pop()
    else if (p !== '.' && p !== '') out.push(p)
  }
  return out.join('/')
}

const relationships = (xml: string | null, folder: string) => {
  const byId = new Map<string, { type: string; target: string }>()
  if (xml === null) return byId
  parseXml(xml, {
    open: (name, a) => {
      if (name !== 'Relationship') return
      const id = attribute(a, 'Id')
      const target = attribute(a, 'Target')
      if (id && target && attribute(a, 'TargetMode') !== 'External')
        byId.set(id, { type: attribute(a, 'Type') ?? '', target: resolveTarget(folder, target) })
    },
  })
  return byId
}

const relsOf = (part: string) => {
  const slash = part.lastIndexOf('/')
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`
}

/** The workbook part (normally `xl/workbook.xml`), its sheets in tab order and date system. */
export const readWorkbook = async (zip: TXlsxZip): Promise<TWorkbook | null> => {
  const root = relationships(await zip.text('_rels/.rels'), '')
  const main =
    [...root.values()].find((r) => officeDocumentType.test(r.type))?.target ?? 'xl/workbook.xml'
  const xml = await zip.text(main)
  if (xml === null) return null
  const folder = main.slice(0, main.lastIndexOf('/') + 1)
  const rels = relationships(await zip.text(relsOf(main)), folder)
  const sheets: TWorkbookSheet[] = []
  let date1904 = false
  parseXml(xml, {
    open: (name, a) => {
      if (name === 'workbookPr') {
        const value = attribute(a, 'date1904')
        date1904 = value === '1' || value === 'true'
      } else if (name === 'sheet') {
        const rel = rels.get(attribute(a, 'id') ?? '')
        // Chart sheets and dialog sheets have no cells.
        if (!rel || !/\/worksheet$/.test(rel.type)) return
        const state = attribute(a, 'state')
        sheets.push({
          name: attribute(a, 'name') ?? '',
          hidden: state === 'hidden' || state === 'veryHidden',
          part: rel.target,
        })
      }
    },
  })
  const partOf = (type: RegExp) => [...rels.values()].find((r) => type.test(r.type))?.target ?? null
  return {
    sheets,
    date1904,
    sharedStringsPart: partOf(/\/sharedStrings$/),
    stylesPart: partOf(/\/styles$/),
  }
}
