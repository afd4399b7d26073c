'use strict';
// Checks of a data folder made before anything is written to it. Each failure is one line that
// names the problem and the fix: a path that is a file, a read-only mount, a disk too full for
// a new database.
const fs = require('node:fs');
const path = require('node:path');
const { DatabaseStartError } = require('./database-start-error.cjs');

// A new cluster takes about 40 MB (16 MB of them write-ahead log); migrated and seeded, about 50 MB.
const NEW_DATABASE_BYTES = 64 * 1024 * 1024;
const NOTHING_CHANGED = 'Nothing was changed.';

const megabytes = (bytes) => Math.floor(bytes / (1024 * 1024));

function nearestExisting(folder) {
  let current = path.resolve(folder);
  while (!fs.existsSync(current)) current = path.dirname(current);
  return current;
}

/** The error for a write to `folder` that failed with `code` (an errno name). */
function writeFailure(folder, code) {
  switch (code) {
    case 'EROFS':
      return new DatabaseStartError(
        `The data folder ${folder} is on a read-only file system: remount it read-write or set DATA_DIR ` +
          `to a writable folder. ${NOTHING_CHANGED}`,
      );
    case 'ENOSPC':
    case 'EDQUOT':
      return new DatabaseStartError(
        `The disk of the data folder ${folder} is full: free some space or set DATA_DIR to a folder on another ` +
          `disk. ${NOTHING_CHANGED}`,
      );
    default:
      return new DatabaseStartError(
        `Cannot write to the data folder ${folder} (${code}): give this user write access or set DATA_DIR to ` +
          `another folder. ${NOTHING_CHANGED}`,
      );
  }
}

/** The folder is (or can be created as) a folder this process may write to. */
function assertWritableFolder(folder) {
  const existing = nearestExisting(folder);
  if (!fs.statSync(existing).isDirectory()) {
    const what = existing === folder ? 'is a file, not a folder' : `cannot be created because ${existing} is a file`;
    throw new DatabaseStartError(`The data folder ${folder} ${what}: set DATA_DIR to a folder. ${NOTHING_CHANGED}`);
  }
  try {
    fs.accessSync(existing, fs.constants.W_OK);
  } catch (error) {
    throw writeFailure(folder, error.code);
  }
}

function assertRoomForNewDatabase(folder) {
  const { bavail, bsize } = fs.statfsSync(nearestExisting(folder));
  const free = bavail * bsize;
  if (free < NEW_DATABASE_BYTES) {
    throw new DatabaseStartError(
      `Only ${megabytes(free)} MB are free on the disk of the data folder ${folder}, and a new database needs ` +
        `${megabytes(NEW_DATABASE_BYTES)} MB: free some space or set DATA_DIR to a folder on another disk. ${NOTHING_CHANGED}`,
    );
  }
}

/** The errno name behind a disk problem that initdb or the server reported in `output`, if any. */
function diskProblemIn(output) {
  if (/No space left on device|Disk quota exceeded/.test(output)) return 'ENOSPC';
  if (/Read-only file system/.test(output)) return 'EROFS';
  return null;
}

module.exports = { assertWritableFolder, assertRoomForNewDatabase, writeFailure, diskProblemIn };
