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
      name: 'MLPS 2.0 (等保 2.0)',
      description:
        'What MLPS 2.0 assessors usually expect: at least three of upper case, lower case, digits and symbols, and a change every 90 days. Choose it if the office must pass an MLPS assessment.',
    },
    asvs: {
      name: 'OWASP ASVS',
      description:
        'OWASP Application Security Verification Standard 5.0: no composition rules and no forced rotation; long, memorable phrases are encouraged. Closer to current security research, but may differ from MLPS assessment practice.',
    },
  },
  saved: 'Settings saved',
}
