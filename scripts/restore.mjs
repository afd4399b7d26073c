// `npm run restore -- <folder> --yes`: replaces all data with a backup made by `npm run backup`,
// in one transaction, also while the app runs (everyone signs in again). A new, empty database
// is migrated first.
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { openDatabase, DatabaseStartError } = require('./lib/database-environment.cjs');
const { applyMigrations } = require('./lib/migrate.cjs');
const { restoreDatabase, readManifest, isUnmigrated, codeMismatch, BackupError } = require('./lib/backup.cjs');

const args = process.argv.slice(2);
const confirmed = args.includes('--yes');
const [folderArgument] = args.filter((arg) => arg !== '--yes');
if (!folderArgument) {
  console.error('usage: npm run restore -- <backup folder> --yes');
  process.exit(2);
}
const folder = path.resolve(folderArgument);

let database;
try {
  const manifest = readManifest(folder);
  const items = manifest.tables.find((table) => table.name === 'item')?.rows ?? 0;
  if (!confirmed) {
    console.error(
      `This replaces ALL data with the backup of ${manifest.createdAt} (${items} items). Run again with --yes to do it.`,
    );
    process.exit(2);
  }
  database = await openDatabase({ log: (line) => console.error(line), shareRunning: true });
  if (await isUnmigrated(database.url)) {
    const mismatch = codeMismatch(manifest);
    if (mismatch) throw new BackupError(mismatch);
    applyMigrations(database.url);
  }
  await restoreDatabase(database.url, folder, (line) => console.log(line));
  console.log(`Restored the backup of ${manifest.createdAt} (${items} items).`);
} catch (error) {
  const reason =
    error instanceof BackupError || error instanceof DatabaseStartError
      ? error.message
      : `The restore failed: ${error.message}`;
  console.error(`${reason} The data was left as it was.`);
  process.exitCode = 1;
} finally {
  await database?.stop();
}
