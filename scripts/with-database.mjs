// Runs one command (a Prisma CLI call, the seed, a benchmark) against the project's database:
// DATABASE_URL when set, otherwise the embedded server, started for the command and stopped
// after. An embedded server still running from DATA_DIR is taken for one a crash left behind and
// restarted: commands such as db:reset must not pull the data from under a live app. Only backup
// and restore share a running server.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { openDatabase, DatabaseStartError, ROOT } = require('./lib/database-environment.cjs');

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('usage: node scripts/with-database.mjs <command> [args…]');
  process.exit(2);
}

let database;
try {
  database = await openDatabase({ log: (line) => console.error(line) });
} catch (error) {
  console.error(error instanceof DatabaseStartError ? error.message : `Could not open the database: ${error.message}`);
  process.exit(1);
}

const child = spawn(command, args, {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, DATABASE_URL: database.url, PATH: `${ROOT}/node_modules/.bin:${process.env.PATH}` },
});
const forward = (signal) => child.kill(signal);
process.on('SIGINT', forward);
process.on('SIGTERM', forward);
child.on('exit', async (code, signal) => {
  await database.stop();
  process.exit(code ?? (signal ? 1 : 0));
});
