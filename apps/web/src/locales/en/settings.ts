import { passwordPolicyLabels } from '@cr/shared/labels/value-labels'
import type { settings as zh } from '../zh-CN/settings'
import type { TMessages } from '../types'

export const settings: TMessages<typeof zh> = {
  title: 'Settings',
  description: 'These settings apply to every user; each change is recorded in the audit log.',
  passwordPolicy: {
    legend: 'Password policy',
    intro:
      'Both policies require 8-64 characters and refuse common passwords and passwords containing the username. A new policy applies from the next time a password is set; existing passwords stay valid.',
  },
  policies: {
    dengbao: {
      name: passwordPolicyLabels.dengbao.en,
      description:
        'What MLPS 2.0 assessors usually expect: at least three of upper case, lower case, digits and symbols, and a change every 90 days. Choose it if the office must pass an MLPS assessment.',
    },
    asvs: {
      name: passwordPolicyLabels.asvs.en,
      description:
        'OWASP Application Security Verification Standard 5.0: no composition rules and no forced rotation; long, memorable phrases are encouraged. Closer to current security research, but may differ from MLPS assessment practice.',
    },
  },
  officeName: {
    legend: 'Office name',
    intro: 'Printed at the top of every printed form and on the annual work report.',
    name: 'Office name',
    placeholder: 'e.g. Example Community Management Committee',
    help: 'At most 60 characters; left empty, forms carry their titles only.',
  },
  importRetention: {
    legend: 'Keeping uploaded ledgers',
    intro:
      'Uploaded ledgers hold full ID numbers. They are stored encrypted and used only to check again, to commit and for the error report. After this many days from the upload the file is deleted: the import job, its counts and problems stay, and a committed import can still be undone.',
    days: 'Days kept',
    unit: 'days',
    help: '1 to 365 days, {{days}} by default. Files past a shortened period are deleted within the hour.',
  },
  subsidies: {
    legend: 'Temporary assistance and deliberation',
    intro:
      'The temporary assistance limit is the month’s subsistence standard times a number of months; after urgent help, the approval must follow within a number of working days. A deliberation passes when both the share present and the share agreeing reach the rule.',
    limitMonths: 'Assistance limit',
    limitUnit: 'months of the standard',
    limitHelp: '1 to 24 months, {{months}} by default.',
    urgentDays: 'Urgent paperwork deadline',
    urgentUnit: 'working days',
    urgentHelp: '1 to 30 working days (holidays not counted), {{days}} by default.',
    present: 'Share present',
    agree: 'Share agreeing (of those present)',
    ruleHelp:
      'A fraction such as 2/3; by default two-thirds present and two-thirds of them agreeing.',
    numerator: 'Numerator',
    denominator: 'Denominator',
  },
  saved: 'Settings saved',
}
