import type { TTrace } from '@srt/contracts';

/**
 * A link whose item is no longer accepted is out of the report; only the Secretariat is sent
 * such links (the API leaves them out for everyone else), and they count for no item.
 */
export const isWithdrawn = (trace: TTrace) => trace.item.status !== 'ACCEPTED';
