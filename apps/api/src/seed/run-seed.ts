import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client';
import { DEMO_ACCOUNTS } from './reference-data';
import { seedDatabase, type SeedResult } from './seed';

/** Seeds the database at `databaseUrl` when it is empty and tells the user how to sign in. */
export async function runSeed(databaseUrl: string, demoPassword?: string): Promise<SeedResult> {
  if (demoPassword !== undefined && demoPassword.length < 12) {
    throw new Error('DEMO_PASSWORD must have at least 12 characters.');
  }
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
  try {
    const result = await seedDatabase(prisma, { demoPassword });
    if (result.seeded) {
      console.log(
        `Seeded reference data and demo accounts: ${DEMO_ACCOUNTS.map((account) => account.email).join(', ')}.`,
      );
      console.log(
        result.generatedPassword
          ? `Their password (shown only this once; set DEMO_PASSWORD to choose it): ${result.generatedPassword}`
          : 'Their password is the value of DEMO_PASSWORD.',
      );
    }
    return result;
  } finally {
    await prisma.$disconnect();
  }
}

if (require.main === module) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error('DATABASE_URL is not set: run `npm run db:seed`.');
    process.exit(1);
  }
  runSeed(url, process.env.DEMO_PASSWORD || undefined).catch((error: unknown) => {
    console.error(`Seeding failed: ${(error as Error).message}`);
    process.exit(1);
  });
}
