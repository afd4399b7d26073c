import { Prisma } from '../generated/prisma/client';
import { isDatabaseUnavailable } from './problem.filter';

const prismaError = (code: string) =>
  new Prisma.PrismaClientKnownRequestError('failed', { code, clientVersion: Prisma.prismaVersion.client });

describe('which errors mean the database is unavailable (answered 503, not 500)', () => {
  it('counts a transaction that could not start in time (P2028) and an exhausted pool (P2024)', () => {
    expect(isDatabaseUnavailable(prismaError('P2028'))).toBe(true);
    expect(isDatabaseUnavailable(prismaError('P2024'))).toBe(true);
  });

  it('does not count a unique violation or a missing record, which are the client’s to fix', () => {
    expect(isDatabaseUnavailable(prismaError('P2002'))).toBe(false);
    expect(isDatabaseUnavailable(prismaError('P2025'))).toBe(false);
  });
});
