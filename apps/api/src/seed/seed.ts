import { randomBytes } from 'node:crypto';
import { hashPassword } from '../auth/password-hasher';
import type { PrismaClient } from '../generated/prisma/client';
import { seedReport } from './seed-report';
import { seedSampleItems, type SampleContext } from './seed-sample-items';
import { DEMO_ACCOUNTS, MEETINGS, ORGANISATIONS, SOURCE_BODIES, TECHNOLOGIES } from './reference-data';

export interface SeedResult {
  seeded: boolean;
  /** Set only when the password was generated here: it is shown once and stored nowhere. */
  generatedPassword?: string;
}

const toDate = (value: string) => new Date(`${value}T00:00:00Z`);
const day = (date: Date) => date.toISOString().slice(0, 10);

/** Fills an empty database; a database that already has technologies is left untouched. */
export async function seedDatabase(prisma: PrismaClient, options: { demoPassword?: string } = {}): Promise<SeedResult> {
  if ((await prisma.technology.count()) > 0) return { seeded: false };
  const now = new Date();
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
      const meetings: SampleContext['meetings'] = new Map();
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
        meetings.set(row.title, { id: row.id, startDate: row.startDate, endDate: row.endDate });
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
      const history = await seedSampleItems(tx, { userIds, organisationIds, technologyIds, sourceIds, meetings }, now);
      await seedReport(tx, { technologyIds, editorId: userIds.get('secretariat@example.org')?.id as string });
      // The sample's review history is dated as the sample tells it and is not written to the audit
      // log as the demo accounts' actions: nobody took them here. This one entry, by the system at
      // the time it ran, is what happened in this installation.
      await tx.auditLog.create({
        data: {
          actorId: null,
          action: 'system.seeded',
          entityType: 'system',
          summary:
            "Reference data, demo accounts and the labelled sample items created, with the sample's review history " +
            `(${history.events} events dated ${day(history.first)} to ${day(history.last)}, not audited as user actions)`,
        },
      });
    },
    { timeout: 60_000 },
  );
  return { seeded: true, generatedPassword };
}
