// `npm run backup [-- <folder>]`: a consistent backup of all data into a new folder (by default
// backups/<date and time>), also while the app runs. See scripts/lib/backup.cjs for its contents.
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { openDatabase, DatabaseStartError, ROOT } = require('./lib/database-environment.cjs');
const { backupDatabase, BackupError } = require('./lib/backup.cjs');

const folder = path.resolve(
  process.argv[2] ??
    path.join(
      ROOT,
      'backups',
      new Date()
        .toISOString()
        .replace(/:/g, '-')
        .replace(/\.\d+Z$/, 'Z'),
    ),
);
let database;
try {
  database = await openDatabase({ log: (line) => console.error(line), shareRunning: true });
  const manifest = await backupDatabase(database.url, folder, (line) => console.log(line));
  const rows = manifest.tables.reduce((sum, table) => sum + table.rows, 0);
  console.log(`Backed up ${rows} rows of ${manifest.tables.length} tables into ${folder}`);
} catch (error) {
  console.error(
    error instanceof BackupError || error instanceof DatabaseStartError
      ? error.message
      : `The backup failed: ${error.message}`,
  );
  process.exitCode = 1;
} finally {
  await database?.stop();
}
