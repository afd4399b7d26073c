'use strict';
// The OS account that runs the embedded PostgreSQL server. PostgreSQL refuses to run as root, so
// a root caller runs it as "postgres", which then needs to walk to its binaries and its data:
// a checkout under /root (mode 0700) lets it reach neither.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { DatabaseStartError } = require('./database-start-error.cjs');

const SERVER_ACCOUNT = 'postgres';

function lookUp(name) {
  const id = (flag) => Number(execFileSync('id', [flag, name], { encoding: 'utf8', stdio: 'pipe' }).trim());
  try {
    const [uid, gid] = [id('-u'), id('-g')];
    return { name, uid, gid, spawnIds: { uid, gid } };
  } catch {
    return null;
  }
}

/**
 * `{ name, uid, gid, spawnIds }`, where `spawnIds` are the options that make a child process run
 * as the account. As root, the "postgres" account is created on first use as a system account
 * (as Debian's postgresql package does, so that package can still be installed later).
 */
function serverAccount() {
  if (process.getuid() !== 0) {
    return { name: os.userInfo().username, uid: process.getuid(), gid: process.getgid(), spawnIds: {} };
  }
  const existing = lookUp(SERVER_ACCOUNT);
  if (existing) return existing;
  try {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', SERVER_ACCOUNT], { stdio: 'pipe' });
  } catch (error) {
    const reason = String(error.stderr || error.message)
      .trim()
      .split('\n')[0];
    throw new DatabaseStartError(
      `Could not create the "${SERVER_ACCOUNT}" account that runs the embedded PostgreSQL server (${reason}): ` +
        `create it with "useradd --system --user-group ${SERVER_ACCOUNT}", or set DATABASE_URL.`,
    );
  }
  return lookUp(SERVER_ACCOUNT);
}

function mayEnter(account, stat) {
  // Owner bits when the account owns the folder, else group bits for its primary group (child
  // processes started with a uid drop their supplementary groups), else the bits for others.
  if (stat.uid === account.uid) return (stat.mode & 0o100) !== 0;
  if (stat.gid === account.gid) return (stat.mode & 0o010) !== 0;
  return (stat.mode & 0o001) !== 0;
}

/**
 * The first folder on the way from / to `folder` (itself included) that the account may not
 * enter, or null. Folders that do not exist yet do not block: they are created enterable.
 */
function firstFolderBlocking(account, folder) {
  if (process.getuid() !== 0) return null;
  const absolute = path.resolve(folder);
  const chain = [];
  for (let current = absolute; ; current = path.dirname(current)) {
    chain.unshift(current);
    if (path.dirname(current) === current) break;
  }
  for (const current of chain) {
    let stat;
    try {
      stat = fs.statSync(current);
    } catch {
      return null;
    }
    if (!stat.isDirectory()) return null;
    if (!mayEnter(account, stat)) return current;
  }
  return null;
}

module.exports = { serverAccount, firstFolderBlocking };
