// The Docker deployment, checked without a Docker engine: Debian's docker-compose must accept
// docker-compose.yml, which must run at least two API processes from the Dockerfile's runtime
// image behind the reverse proxy; that image must run as a non-root user without dev dependencies.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const ROOT = path.resolve(__dirname, '..', '..');

interface ComposeService {
  build?: { context: string; dockerfile?: string; target?: string };
  image?: string;
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  deploy?: { replicas?: number };
  ports?: { published: number | string; target: number }[];
  /** `source:target[:mode]` from Debian's docker-compose 1.x, objects from Compose 2. */
  volumes?: (string | { source: string; target: string })[];
}

/** docker-compose.yml as `docker-compose config` resolves it (CI installs the tool: .ci/run). */
function resolvedCompose(): { services: Record<string, ComposeService> } {
  const result = spawnSync('docker-compose', ['--file', 'docker-compose.yml', 'config'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if ((result.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') {
    throw new Error('docker-compose is not installed: run `apt-get install docker-compose` (.ci/run does it on CI).');
  }
  if (result.status !== 0) throw new Error(`docker-compose refuses docker-compose.yml:\n${result.stderr}`);
  return parse(result.stdout);
}

/** The Dockerfile's stages in order, each with its instructions (continued lines joined). */
function dockerfileStages() {
  const instructions = fs
    .readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8')
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
  const stages: { name: string; instructions: string[] }[] = [];
  for (const instruction of instructions) {
    const from = /^FROM\s+\S+(?:\s+AS\s+(\S+))?/i.exec(instruction);
    if (from) stages.push({ name: from[1] ?? String(stages.length), instructions: [] });
    else stages.at(-1)?.instructions.push(instruction);
  }
  return stages;
}

const compose = resolvedCompose();
const appServices = Object.entries(compose.services).filter(([, service]) => service.build?.target === 'runtime');

describe('docker-compose.yml', () => {
  it('runs at least two API processes from the runtime image, behind the proxy, on one database', () => {
    const replicas = appServices.reduce((sum, [, service]) => sum + (service.deploy?.replicas ?? 1), 0);
    expect(replicas).toBeGreaterThanOrEqual(2);
    for (const [, service] of appServices) {
      expect(service.environment).toMatchObject({ TRUST_PROXY: 'true' });
      expect(service.environment?.DATABASE_URL).toMatch(/^postgresql:\/\/[^@]+@db:5432\//);
      expect(service.ports).toBeUndefined();
      expect(service.depends_on).toMatchObject({
        db: { condition: 'service_healthy' },
        migrate: { condition: 'service_completed_successfully' },
      });
    }
    expect(compose.services.migrate.build?.target).toBe('migrate');
    expect(compose.services.db.image).toMatch(/^postgres:18/);
  });

  it('publishes port 3000 on the proxy, whose configuration sends requests to every API process', () => {
    const proxy = compose.services.proxy;
    expect(proxy.ports?.map((port) => String(port.published))).toEqual(['3000']);
    const mounts = proxy.volumes?.map((volume) => {
      const [source, target] = typeof volume === 'string' ? volume.split(':') : [volume.source, volume.target];
      return { source, target };
    });
    const configuration = mounts?.find((mount) => mount.target.startsWith('/etc/nginx/'));
    expect(configuration).toBeDefined();
    const nginx = fs.readFileSync(configuration!.source, 'utf8');
    const upstream = /upstream\s+(\w+)\s*\{([^}]*)\}/.exec(nginx);
    expect(nginx).toContain(`proxy_pass http://${upstream?.[1]};`);
    const servers = [...(upstream?.[2] ?? '').matchAll(/^\s*server\s+([\w-]+):(\d+)/gm)].map(([, host, port]) => ({
      host,
      port: Number(port),
    }));
    expect(servers).toEqual(
      appServices.map(([name, service]) => ({ host: name, port: Number(service.environment?.PORT ?? 3000) })),
    );
  });
});

describe('Dockerfile', () => {
  const stages = dockerfileStages();
  const runtime = stages.at(-1)!;

  it('builds the runtime image last (the default target), non-root and with production dependencies only', () => {
    expect(runtime.name).toBe('runtime');
    expect(stages.map((stage) => stage.name)).toContain('migrate');
    const user = runtime.instructions.find((instruction) => /^USER\s/i.test(instruction));
    expect(user).toMatch(/^USER\s+(?!root\b|0\b)\S+/i);
    const install = runtime.instructions.find((instruction) => /^RUN\s+npm\s+ci\b/.test(instruction));
    expect(install).toContain('--omit=dev');
    // Nothing installed by the build stage (which has every dev dependency) is carried over.
    const carried = runtime.instructions.filter((instruction) => /^COPY\s+--from=/i.test(instruction));
    expect(carried.length).toBeGreaterThan(0);
    for (const copy of carried) expect(copy).not.toMatch(/node_modules/);
    expect(runtime.instructions).toContain('CMD ["node", "apps/api/dist/src/main.js"]');
  });
});
