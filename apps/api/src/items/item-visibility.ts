import { ITEM_STATUSES, type TItemStatus } from '@srt/contracts';
import { isStaff, type SessionUser } from '../auth/session-user';
import { Prisma } from '../generated/prisma/client';

// SPEC §2: a draft is seen by its author only; rejected and withdrawn items by their author,
// the Secretariat and admins; every other status by every signed-in user. The rule is applied
// inside the database queries (here for Prisma, below for raw SQL), never by filtering results.

const HIDDEN_FROM_OTHERS = ['DRAFT', 'REJECTED', 'WITHDRAWN'] as const;

export function visibleTo(user: SessionUser): Prisma.ItemWhereInput {
  return {
    OR: [
      { status: { notIn: [...HIDDEN_FROM_OTHERS] } },
      { authorId: user.id },
      ...(isStaff(user) ? [{ status: { not: 'DRAFT' as const } }] : []),
    ],
  };
}

/** The same rule for hand-written SQL over `item` aliased as `alias`. */
export function visibilitySql(user: SessionUser, alias = 'i'): Prisma.Sql {
  const item = Prisma.raw(alias);
  return Prisma.sql`(${item}.status NOT IN ('DRAFT', 'REJECTED', 'WITHDRAWN') OR ${item}.author_id =
    ${user.id}::uuid OR (${isStaff(user)} AND ${item}.status <> 'DRAFT'))`;
}

/**
 * The same rule split in two disjoint parts for the tallies: statuses the caller sees every item
 * in (which the tallies count) and statuses in which they see only their own items (counted
 * live from the author index; drafts are never in the tallies).
 */
export function visibilityParts(user: SessionUser): { shared: TItemStatus[]; ownOnly: TItemStatus[] } {
  const ownOnly: TItemStatus[] = isStaff(user) ? ['DRAFT'] : [...HIDDEN_FROM_OTHERS];
  return { shared: ITEM_STATUSES.filter((status) => !ownOnly.includes(status)), ownOnly };
}
