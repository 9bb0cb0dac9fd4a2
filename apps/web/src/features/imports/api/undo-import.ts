import { postJobAction, useJobAction } from './job-action'

/** Takes a committed import back; 409 `import_undo_conflict` once its records changed since. */
export const undoImport = (id: string) => postJobAction(id, 'undo')

export const useUndoImport = () => useJobAction(undoImport)
