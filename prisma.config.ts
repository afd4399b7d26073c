import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { createMigrationAdapter } from './prisma/migration-adapter';

// Prisma Migrate runs on the Wasm schema engine over adapter-pg: the native engine it would
// otherwise download cannot be fetched on our machines (see shared/STACK.md).
export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join('prisma', 'schema.prisma'),
  migrations: { path: path.join('prisma', 'migrations') },
  adapter: async () => createMigrationAdapter(requireDatabaseUrl()),
});

function requireDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error(
      'DATABASE_URL is not set: run Prisma through `npm run db:*`, which starts the embedded database when needed.',
    );
  }
  return url;
}
