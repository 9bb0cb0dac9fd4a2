import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx'
import type {
  TAnnualReport,
  TAnnualReportSectionDto,
  TAnnualReportTable,
} from '@cr/shared/reports/annual-report'
import { formatFigure, sectionSentence } from './annual-report-sentences.ts'

/**
 * The annual report as a Word document: A4, the office's name and 「<year>年度工作总结」 at the
 * top, then each section — its heading, its figures written out, its tables, the clerk's
 * paragraphs — and page numbers in the footer. The fonts are named for East Asian text in the
 * document's own styles (宋体 for the body, 黑体 for headings) so WPS and Word agree without
 * guessing a substitute.
 */

const body = { ascii: 'SimSun', hAnsi: 'SimSun', eastAsia: '宋体', cs: 'SimSun' }
const heading = { ascii: 'SimHei', hAnsi: 'SimHei', eastAsia: '黑体', cs: 'SimHei' }
/** Half-points: 三号 16pt for the title, 小三 15pt for the headings, 小四 12pt for the body. */
const sizes = { title: 32, heading: 30, body: 24, table: 21 }
const chineseNumerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十']
/** A4 in twentieths of a point, with 2.54 cm margins (the office's default). */
const a4 = { width: 11906, height: 16838, margin: 1440 }

const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' }
const borders = { top: border, bottom: border, left: border, right: border }

const cell = (text: string, bold = false, align: 'left' | 'right' = 'left') =>
  new TableCell({
    borders,
    margins: { top: 40, bottom: 40, left: 100, right: 100 },
    children: [
      new Paragraph({
        alignment: align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text, bold, size: sizes.table })],
      }),
    ],
  })

const unitHeading = (table: TAnnualReportTable) =>
  ({ count: '数量', fen: '金额（元）', minutes: '时长（小时）', 'per-mille': '比例（%）' })[
    table.unit
  ]

/** A figure's parts as a bordered table with a header row and the total as the last row. */
const partsTable = (table: TAnnualReportTable) => [
  new Paragraph({
    spacing: { before: 120, after: 60 },
    children: [new TextRun({ text: table.title, bold: true })],
  }),
  new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        children: [cell(table.of, true), cell(unitHeading(table), true, 'right')],
      }),
      ...table.rows.map(
        (row) =>
          new TableRow({
            children: [cell(row.label), cell(formatFigure(row.value, table.unit), false, 'right')],
          }),
      ),
      ...(table.total === null
        ? []
        : [
            new TableRow({
              children: [
                cell('合计', true),
                cell(formatFigure(table.total, table.unit), true, 'right'),
              ],
            }),
          ]),
    ],
  }),
]

/** The clerk's text: one paragraph per line, first-line indent of two characters. */
const textParagraphs = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map(
      (line) =>
        new Paragraph({
          indent: { firstLine: sizes.body * 20 },
          spacing: { line: 360 },
          children: [new TextRun(line)],
        }),
    )

const sectionBlock = (section: TAnnualReportSectionDto, index: number, asOf: string) => [
  new Paragraph({
    heading: HeadingLevel.HEADING_1,
    children: [new TextRun(`${chineseNumerals[index] ?? index + 1}、${section.title}`)],
  }),
  new Paragraph({
    indent: { firstLine: sizes.body * 20 },
    spacing: { line: 360 },
    children: [new TextRun(sectionSentence(section.section, section.figures, asOf))],
  }),
  ...section.tables.flatMap(partsTable),
  ...textParagraphs(section.text.body),
]

const footer = new Footer({
  children: [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [
        new TextRun({
          children: ['第 ', PageNumber.CURRENT, ' 页 共 ', PageNumber.TOTAL_PAGES, ' 页'],
        }),
      ],
    }),
  ],
})

export const annualReportDocx = (report: TAnnualReport): Promise<Buffer> =>
  Packer.toBuffer(
    new Document({
      creator: report.office,
      title: `${report.year}年度工作总结`,
      styles: {
        default: {
          document: {
            run: { font: body, size: sizes.body, language: { eastAsia: 'zh-CN' } },
          },
          heading1: {
            run: { font: heading, size: sizes.heading, bold: false, color: '000000' },
            paragraph: { spacing: { before: 240, after: 120 } },
          },
          title: {
            run: { font: heading, size: sizes.title, color: '000000' },
            paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 120 } },
          },
        },
      },
      sections: [
        {
          properties: {
            page: {
              size: { width: a4.width, height: a4.height },
              margin: { top: a4.margin, bottom: a4.margin, left: a4.margin, right: a4.margin },
            },
          },
          footers: { default: footer },
          children: [
            new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(report.office)] }),
            new Paragraph({
              heading: HeadingLevel.TITLE,
              children: [new TextRun(`${report.year}年度工作总结`)],
            }),
            ...report.sections.flatMap((section, index) =>
              sectionBlock(section, index, report.asOf),
            ),
          ],
        },
      ],
    }),
  )
