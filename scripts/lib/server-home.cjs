'use strict';
// Where the embedded server's files go when its account cannot reach the checkout (a clone under
// /root, mode 0700) or DATA_DIR: one folder per checkout, owned by that account, outside the
// private tree, in a place that survives a reboot (not /tmp). DATA_DIR then holds only a pointer
// to the data's new place, so every later start, backup, restore, db:* script and test run that
// reads DATA_DIR finds the same data, even after the checkout is moved.
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { DatabaseStartError } = require('./database-start-error.cjs');

const HOMES = '/var/lib/study-report-tracker';
const POINTER_FILE = 'server-location.json';

const shortHash = (text) => crypto.createHash('sha256').update(text).digest('hex').slice(0, 8);

/** `/var/lib/study-report-tracker/<checkout folder's name>-<hash of its real path>`. */
function checkoutHome(root) {
  const real = fs.realpathSync(root);
  const name = path.basename(real).replace(/[^A-Za-z0-9._-]/g, '_') || 'checkout';
  return path.join(HOMES, `${name}-${shortHash(real)}`);
}

/** The data's place in the home: `.data` for `<checkout>/.data`, a name with a hash for others. */
function relocatedDataDir(home, root, dataDir) {
  const inside = path.relative(root, dataDir);
  const nested = inside !== '' && !inside.startsWith('..') && !path.isAbsolute(inside);
  return path.join(home, nested ? inside : `${path.basename(dataDir)}-${shortHash(dataDir)}`);
}

/** Creates the home (and its parent) for the account: only it and root may enter. */
function prepareHome(home, account) {
  if (!fs.existsSync(HOMES)) {
    fs.mkdirSync(HOMES, { recursive: true });
    fs.chmodSync(HOMES, 0o755);
  }
  if (!fs.existsSync(home)) {
    fs.mkdirSync(home);
    fs.chownSync(home, account.uid, account.gid);
    fs.chmodSync(home, 0o700);
  }
}

/** The folder DATA_DIR's data was moved to, or null when it lives in DATA_DIR itself. */
function readPointer(dataDir) {
  const file = path.join(dataDir, POINTER_FILE);
  if (!fs.existsSync(file)) return null;
  let target;
  try {
    target = JSON.parse(fs.readFileSync(file, 'utf8')).dataDir;
  } catch {
    target = null;
  }
  if (typeof target !== 'string' || !path.isAbsolute(target)) {
    throw new DatabaseStartError(
      `${file} should name the folder that holds the data, as {"dataDir": "/absolute/path"}: correct it, ` +
        'or remove it to start with a new database.',
    );
  }
  return target;
}

function writePointer(dataDir, target, reason) {
  fs.writeFileSync(path.join(dataDir, POINTER_FILE), `${JSON.stringify({ dataDir: target, reason }, null, 2)}\n`);
}

function removePointer(dataDir) {
  fs.rmSync(path.join(dataDir, POINTER_FILE), { force: true });
}

module.exports = { checkoutHome, relocatedDataDir, prepareHome, readPointer, writePointer, removePointer };
