import type { reports as zh } from '../zh-CN/reports'
import type { TMessages } from '../types'

/** The annual work report, its texts and its printout. */
export const reports: TMessages<typeof zh> = {
  annual: {
    title: 'Annual work report',
    description:
      'Figures as of 31 December (the year’s from 1 January); click a figure for its records. Each section takes a written summary.',
    year: 'Year',
    yearValue: '{{year}}',
    committee: 'By committee',
    download: 'Download Word',
    print: 'Print',
    heading: 'Work report {{year}}',
    asOf: 'Figures as of {{date}}',
    notRecorded: 'Not recorded',
    yuan: 'yuan',
    hours: 'h',
    noFigures: 'No figures in this section yet',
    total: 'Total',
    value: 'Value',
    figures: '{{title}} figures',
    drillDown: 'Records of “{{label}}”',
    readOnly:
      'The whole office’s report is written by a supervisor or administrator; choose your committee to read and write its report.',
    text: {
      label: '{{title}}: summary',
      placeholder: 'Write this section’s summary here…',
      empty: '(not written yet)',
      save: 'Save',
      saved: 'Saved',
      version: 'Version {{version}} · {{name}} · {{time}}',
      none: 'Not saved yet',
      unsaved: 'Unsaved changes',
      history: 'Versions',
      historyTitle: '{{title}} · versions',
      historyEmpty: 'No saved versions yet',
      restore: 'Put this version in the editor',
      leave: 'The summary has unsaved changes. Leave anyway?',
    },
  },
}
