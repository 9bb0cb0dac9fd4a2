export const backups = {
  title: 'Backup and restore',
  description:
    'Encrypted backups of the whole database: make one now; the server also makes them on a schedule. Restoring is done on the command line (see below).',
  backupNow: 'Back up now',
  made: 'Backup made: {{name}}',
  list: 'Backup files',
  empty: 'No backups yet',
  columns: { createdAt: 'Time', name: 'File', size: 'Size', rows: 'Records', status: 'Status' },
  status: { ok: 'Complete', unreadable: 'Unreadable' },
  where:
    'The backup files are in {{directory}} on the server. Copy them regularly to another computer or a removable disk: if this machine fails, the backups on it are lost with it.',
  keyPassphrase:
    'Backups are encrypted with the backup passphrase (BACKUP_PASSPHRASE). Without it nobody, the office included, can read them.',
  keyFile:
    'Backups are encrypted with the backup key file (BACKUP_KEY_FILE). Without it nobody, the office included, can read them.',
  noKey:
    'The server has no backup passphrase or key file (BACKUP_PASSPHRASE or BACKUP_KEY_FILE) and cannot make a backup. Ask the system administrator to set one.',
  fieldKeysTitle: 'The keys of the ID numbers are not in the backups',
  fieldKeys:
    'ID numbers are encrypted with the field keys, kept in {{location}} and never in a backup. Keep a copy of them safe, apart from the backups. A backup without its keys restores every record but cannot show ID numbers.',
  restoreTitle: 'How to restore',
  restore:
    'On a new computer or folder run: pnpm restore <backup file> --data-dir <new folder> with the backup passphrase; copy the field keys (the exported field-keys.json) into the new folder, then start the system.',
  export: {
    cardTitle: 'Export the field keys',
    button: 'Export the keys…',
    available:
      'An administrator may export the current field keys (version {{version}}) once, as a field-keys.json file. Put it back in the data folder when restoring a backup, or the system cannot show ID numbers.',
    taken:
      'The current field keys (version {{version}}) were exported by {{who}} at {{when}}. Each version is exported once; after a rotation (pnpm keys:rotate) the new version can be exported.',
    rotating:
      'After the key rotation, data under the older version is being re-encrypted in the background; keep the older keys until it is done. ID-number searches work meanwhile; imports wait until it is done.',
    title: 'Export the field keys',
    what: 'This file is the key to every ID number, phone and bank account. It can be exported only once.',
    apart:
      'Keep it somewhere other than the backups (a separate encrypted USB stick, a safe), never next to the backup files, and never send it by chat or e-mail. A backup without this file restores but cannot show ID numbers.',
    password: 'Your sign-in password, again',
    submit: 'Export',
    done: 'field-keys.json was downloaded: put it somewhere safe now',
  },
}
