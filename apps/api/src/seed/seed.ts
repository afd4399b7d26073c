import { randomBytes } from 'node:crypto';
import { hashPassword } from '../auth/password-hasher';
import type { PrismaClient } from '../generated/prisma/client';
import { seedReport } from './seed-report';
import { seedSampleItems } from './seed-sample-items';
import { DEMO_ACCOUNTS, MEETINGS, ORGANISATIONS, SOURCE_BODIES, TECHNOLOGIES } from './reference-data';

export interface SeedResult {
  seeded: boolean;
  /** Set only when the password was generated here: it is shown once and stored nowhere. */
  generatedPassword?: string;
}

const toDate = (value: string) => new Date(`${value}T00:00:00Z`);

/** Fills an empty database; a database that already has technologies is left untouched. */
export async function seedDatabase(prisma: PrismaClient, options: { demoPassword?: string } = {}): Promise<SeedResult> {
  if ((await prisma.technology.count()) > 0) return { seeded: false };
  const generatedPassword = options.demoPassword ? undefined : randomBytes(12).toString('base64url');
  const passwordHash = await hashPassword(options.demoPassword ?? (generatedPassword as string));

  await prisma.$transaction(
    async (tx) => {
      const technologyIds = new Map<string, string>();
      for (const technology of TECHNOLOGIES) {
        const row = await tx.technology.create({ data: technology });
        technologyIds.set(technology.slug, row.id);
      }
      const sourceIds = new Map<string, string>();
      for (const source of SOURCE_BODIES) {
        const row = await tx.sourceBody.create({ data: source });
        sourceIds.set(source.slug, row.id);
      }
      const meetings = new Map<string, { id: string; startDate: Date }>();
      for (const meeting of MEETINGS) {
        const row = await tx.meeting.create({
          data: {
            sourceId: sourceIds.get(meeting.source) as string,
            title: meeting.title,
            startDate: toDate(meeting.startDate),
            endDate: meeting.endDate ? toDate(meeting.endDate) : null,
            location: meeting.location,
            agendaRef: meeting.agendaRef,
            notes: meeting.notes,
          },
        });
        meetings.set(row.title, { id: row.id, startDate: row.startDate });
      }
      const organisationIds = new Map<string, string>();
      const organisationCountries = new Map<string, string | null>();
      for (const organisation of ORGANISATIONS) {
        const row = await tx.organisation.create({
          data: { name: organisation.name, type: organisation.type, country: organisation.country },
        });
        organisationIds.set(organisation.key, row.id);
        organisationCountries.set(organisation.key, organisation.country);
      }
      const userIds = new Map<string, { id: string; organisationId: string; country: string | null }>();
      for (const account of DEMO_ACCOUNTS) {
        const user = await tx.user.create({
          data: {
            email: account.email,
            displayName: account.displayName,
            role: account.role,
            organisationId: organisationIds.get(account.organisation) as string,
            preferredLanguage: account.language,
            passwordHash,
          },
        });
        userIds.set(account.email, {
          id: user.id,
          organisationId: user.organisationId,
          country: organisationCountries.get(account.organisation) ?? null,
        });
      }
      await seedSampleItems(tx, { userIds, organisationIds, technologyIds, sourceIds, meetings });
      await seedReport(tx, { technologyIds, editorId: userIds.get('secretariat@example.org')?.id as string });
      await tx.auditLog.create({
        data: {
          actorId: null,
          action: 'system.seeded',
          entityType: 'system',
          summary: 'Reference data, demo accounts and the labelled sample items created',
        },
      });
    },
    { timeout: 60_000 },
  );
  return { seeded: true, generatedPassword };
}
