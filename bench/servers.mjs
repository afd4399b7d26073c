// Starting the production API (and the bare comparison server) for the benchmarks.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');

/** The benchmarks' settings from the environment; exits with a hint when one is missing. */
export function benchEnvironment() {
  const url = process.env.DATABASE_URL;
  const password = process.env.DEMO_PASSWORD;
  if (!url || !password) {
    console.error("Set DEMO_PASSWORD (the seeded accounts' password) and run through `npm run bench`.");
    process.exit(1);
  }
  return { url, password };
}

/** The production API with its memory cap, serving the built web app; stopped when this process exits. */
export function startApi(port) {
  const nodeOptions = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).config.apiNodeOptions;
  return startProcess([nodeOptions, path.join(ROOT, 'apps/api/dist/src/main.js')], {
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    WEB_DIST: path.join(ROOT, 'apps/web/dist'),
  });
}

/** The bare node:http + pg server running the API's SQL for the list request. */
export function startBareServer(port) {
  return startProcess([path.join(ROOT, 'bench/bare-server.mjs')], { PORT: String(port) });
}

function startProcess(args, env) {
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  process.on('exit', () => child.kill('SIGTERM'));
  return child;
}

export async function waitFor(port, pathname) {
  for (let attempt = 0; attempt < 150; attempt += 1) {
    if (
      await fetch(`http://127.0.0.1:${port}${pathname}`).then(
        (response) => response.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`nothing answers on port ${port}`);
}
