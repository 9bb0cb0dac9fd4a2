import type { TResident } from '@cr/shared/residents/resident'
import type { TPopulationCategory, TResidentTag } from '@cr/shared/residents/resident-codes'

/** What the resident form holds while it is filled in (codes as the tables define them). */
export type TResidentFormValues = {
  committeeId: string | undefined
  name: string
  idNumber: string
  /** Derived from the ID number; shown, never typed. */
  sex: '1' | '2' | undefined
  birthDate: string | undefined
  ethnicity: string | null
  education: string | null
  politicalStatus: string | null
  maritalStatus: string | null
  employmentStatus: string | null
  phone: string
  category: TPopulationCategory
  tags: TResidentTag[]
  notes: string
}

export const residentFieldNames = [
  'committeeId',
  'name',
  'idNumber',
  'sex',
  'birthDate',
  'ethnicity',
  'education',
  'politicalStatus',
  'maritalStatus',
  'employmentStatus',
  'phone',
  'category',
  'tags',
  'notes',
] as const

export const emptyResidentValues = (committeeId: string | undefined): TResidentFormValues => ({
  committeeId,
  name: '',
  idNumber: '',
  sex: undefined,
  birthDate: undefined,
  ethnicity: null,
  education: null,
  politicalStatus: null,
  maritalStatus: null,
  employmentStatus: null,
  phone: '',
  category: 'registered',
  tags: [],
  notes: '',
})

/** The edit form shows the masked number: the full one is never sent to an edit form. */
export const toResidentFormValues = (r: TResident): TResidentFormValues => ({
  committeeId: r.committee.id,
  name: r.name,
  idNumber: r.idNumberMasked,
  sex: r.sex,
  birthDate: r.birthDate,
  ethnicity: r.ethnicity,
  education: r.education,
  politicalStatus: r.politicalStatus,
  maritalStatus: r.maritalStatus,
  employmentStatus: r.employmentStatus,
  phone: '',
  category: r.category,
  tags: r.tags,
  notes: r.notes ?? '',
})
