import type { TSubsidyCase, ZSubsidyCaseCreate } from '@cr/shared/subsidies/subsidy-case'
import {
  ZSubsidyCaseCreate as ZCreate,
  ZSubsidyCaseUpdate,
} from '@cr/shared/subsidies/subsidy-case'
import type { TSubsidyClassification } from '@cr/shared/subsidies/subsidy-review'
import type { THardshipReason, TSubsidyMaterial } from '@cr/shared/subsidies/subsidy-steps'
import { z } from 'zod'
import { membersInput, type TMemberValues } from './subsidy-member-values'

/** The case's details as typed (申请信息): blanks are '' and dates null until chosen. */
export type TCaseDetailValues = {
  hardshipReason: THardshipReason | undefined
  classification: TSubsidyClassification
  materials: TSubsidyMaterial[]
  declarationReceivedOn: string | null
  assets: string
  certificateNumber: string
  bankName: string
  bankAccount: string
  notes: string
}

/** 受理申请 as typed: the household (by the applicant's), the members' incomes, the details. */
export type TCaseValues = TCaseDetailValues & {
  householdId: string | undefined
  applicantId: string | undefined
  appliedOn: string | null
  members: TMemberValues[]
}

export const caseDetailFieldNames = [
  'hardshipReason',
  'classification',
  'materials',
  'declarationReceivedOn',
  'assets',
  'certificateNumber',
  'bankName',
  'bankAccount',
  'notes',
] as const satisfies readonly (keyof TCaseDetailValues)[]

const blank = (v: string) => v.trim() || undefined

const detailsInput = (v: TCaseDetailValues) => ({
  hardshipReason: v.hardshipReason,
  classification: v.classification,
  materials: v.materials,
  declarationReceivedOn: v.declarationReceivedOn,
  assets: blank(v.assets),
  certificateNumber: blank(v.certificateNumber),
  bankName: blank(v.bankName),
  // Account numbers are read out in groups of four: the spaces are not part of it.
  bankAccount: blank(v.bankAccount.replace(/\s+/g, '')),
  notes: blank(v.notes),
})

export const emptyCaseDetails = (): TCaseDetailValues => ({
  hardshipReason: undefined,
  classification: 'stable',
  materials: ['application'],
  declarationReceivedOn: null,
  assets: '',
  certificateNumber: '',
  bankName: '',
  bankAccount: '',
  notes: '',
})

/**
 * What 受理申请 sends: incomes stay in yuan as typed (the API's `ZYuanAmount` reads them), so
 * the form validates with the contract's schema but sends this, not the schema's output (分).
 */
export const caseInput = (v: TCaseValues): z.input<typeof ZSubsidyCaseCreate> => ({
  householdId: v.householdId as string,
  applicantId: v.applicantId as string,
  appliedOn: v.appliedOn as string,
  members: membersInput(v.members),
  ...detailsInput(v),
  hardshipReason: v.hardshipReason as THardshipReason,
})
export const ZCaseForm = z.preprocess((raw) => caseInput(raw as TCaseValues), ZCreate)

/** 编辑申请信息: the details as the case has them. */
export const toCaseDetailValues = (c: TSubsidyCase): TCaseDetailValues => ({
  hardshipReason: c.hardshipReason,
  classification: c.classification,
  materials: c.materials,
  declarationReceivedOn: c.declarationReceivedOn,
  assets: c.assets ?? '',
  certificateNumber: c.certificateNumber ?? '',
  bankName: c.bankName ?? '',
  // The account is never sent back whole: left blank, the one on file stays.
  bankAccount: '',
  notes: c.notes ?? '',
})

/** The PATCH: every detail, the account only when a new one was typed. */
export const caseDetailsInput = (v: TCaseDetailValues) => {
  const { bankAccount, ...rest } = detailsInput(v)
  return {
    ...rest,
    assets: rest.assets ?? null,
    certificateNumber: rest.certificateNumber ?? null,
    bankName: rest.bankName ?? null,
    notes: rest.notes ?? null,
    ...(bankAccount ? { bankAccount } : {}),
  }
}
export const ZCaseDetailsForm = z.preprocess(
  (raw) => caseDetailsInput(raw as TCaseDetailValues),
  ZSubsidyCaseUpdate,
)
