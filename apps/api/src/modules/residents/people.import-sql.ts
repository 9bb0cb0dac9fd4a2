/** SQL expressions over a resident row (alias `r`) that the importer's writer and undo share. */

/** What undo needs to put an updated person back: the columns an import may change. */
export const residentSnapshot = (r: string) => `jsonb_build_object(
  'name', ${r}.name, 'ethnicity', ${r}.ethnicity, 'education', ${r}.education,
  'politicalStatus', ${r}.political_status, 'maritalStatus', ${r}.marital_status,
  'employmentStatus', ${r}.employment_status, 'category', ${r}.category,
  'tags', to_jsonb(${r}.tags), 'notes', ${r}.notes, 'phoneCipher', encode(${r}.phone_cipher, 'base64'),
  'phoneHash', ${r}.phone_hash, 'phoneMasked', ${r}.phone_masked, 'phoneLast4', ${r}.phone_last4,
  'residence', ${r}.residence)`

/** A person as audit rows show them: masked ID number and phone, never the full values. */
export const residentAuditSnapshot = (r: string) =>
  `(${residentSnapshot(r)} - 'phoneCipher' - 'phoneHash' - 'phoneLast4'
    || jsonb_build_object('idNumberMasked', ${r}.id_number_masked))`
