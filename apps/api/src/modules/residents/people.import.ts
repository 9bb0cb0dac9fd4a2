/**
 * The people columns of a ledger — the one face through which every ledger type that brings
 * people in (the residents ledger, the party roster; next the landlords and tenants of 出租房屋,
 * 低保 households, patrol members) composes them. Other modules import this file only
 * (eslint.config.js, "declared faces"); what is behind it is the residents module's own.
 *
 * A type that lists people:
 * 1. **Columns** — `personFields([...keys], changes)`: the person columns it has, with their
 *    synonyms, normalisers and masking, in its order; its own fields beside them.
 * 2. **Rows** — `buildPerson(values, context, rule)` in its `build`: the registry's own
 *    contract (`ZResidentCreate`); `rule` says whether every row needs a committee or only new
 *    people (`TCommitteeRule`). `peopleContext` is the committees it is built against.
 * 3. **Staging** — its `stage` table starts with `peopleStagedColumns` and `peopleStageState`
 *    (`stageColumnsSql`), and its COPY line with `stagedPerson(cipher, rowNumber, person)`:
 *    the ID number and phone encrypted, blind-indexed and masked there, never staged in the
 *    clear.
 * 4. **Check** — `matchPeople` (one identity per person: the ID number's blind index, across
 *    every committee; people of committees out of the user's scope are problems), then
 *    `placeNewPeople` when new people may come without a committee (`new people`).
 * 5. **Write** — `registerPeople`: new people with their audit and `import_record` rows, and
 *    with `onConflict: update` the matched ones' non-blank mapped cells, audited masked.
 * 6. **Undo** — after its own records: `undoPeople`.
 *
 * People who do not live in the community are held the same way: see ARCHITECTURE.md,
 * "People in ledgers".
 */
export {
  personFieldKeys,
  personFields,
  type TPersonField,
  type TPersonFieldChange,
} from './people.import-fields.ts'
export {
  buildPerson,
  peopleContext,
  relationshipSexWarning,
  type TCommitteeRule,
  type TLedgerPerson,
  type TPeopleContext,
  type TPersonBuild,
  type TPersonInput,
} from './people.import-build.ts'
export {
  checkStagedPeople,
  matchPeople,
  movePeopleHere,
  peopleStagedColumns,
  placeNewPeople,
  peopleStageState,
  registerPeople,
  stagedPerson,
  stagePeopleBatch,
} from './people.import-stage.ts'
export { undoPeople, type TUndoContext } from './people.import-undo.ts'
