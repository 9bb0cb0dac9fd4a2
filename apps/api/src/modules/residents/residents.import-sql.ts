/** SQL expressions over a resident row (alias `r`) that the importer's writer and undo share. */

/** What undo needs to put an updated person back: the columns an import may change. */
export const residentSnapshot = (r: string) => `jsonb_build_object(
  'name', ${r}.name, 'ethnicity', ${r}.ethnicity, 'education', ${r}.education,
  'politicalStatus', ${r}.political_status, 'maritalStatus', ${r}.marital_status,
  'employmentStatus', ${r}.employment_status, 'phone', ${r}.phone, 'category', ${r}.category,
  'tags', to_jsonb(${r}.tags), 'notes', ${r}.notes)`

/** The phone as `maskPhone` (packages/shared) shows it, for audit rows. */
const maskedPhone = (phone: string) => `CASE
  WHEN ${phone} IS NULL THEN NULL
  WHEN ${phone} ~ '^1[0-9]{10}$' THEN left(${phone}, 3) || '****' || right(${phone}, 4)
  WHEN position('-' IN ${phone}) > 0
    THEN split_part(${phone}, '-', 1) || '-****' || right(split_part(${phone}, '-', 2), 4)
  ELSE '****' || right(${phone}, 4) END`

/** A person as audit rows show them: masked ID number and phone, never the full values. */
export const residentAuditSnapshot = (r: string) =>
  `(${residentSnapshot(r)} || jsonb_build_object('idNumberMasked', ${r}.id_number_masked,
    'phone', ${maskedPhone(`${r}.phone`)}))`
