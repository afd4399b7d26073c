import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);
/** Headers a proxy adds when it passes a request on; their presence means the caller is elsewhere. */
const FORWARDING_HEADERS = ['x-forwarded-for', 'forwarded', 'x-real-ip'] as const;

export interface MetricsCaller {
  /** The TCP peer, never a header: only the socket cannot be claimed by the caller. */
  remoteAddress: string | undefined;
  headers: IncomingHttpHeaders;
}

/**
 * Who may read /api/metrics: a caller with `Authorization: Bearer <METRICS_TOKEN>`, or one on this
 * machine. "On this machine" is the socket's peer address, and only for a request no proxy passed
 * on: a reverse proxy on the same host connects from loopback for every visitor, so a request
 * carrying a forwarding header counts as remote whatever TRUST_PROXY says (a caller can add such
 * a header only to lose access, never to gain it).
 */
export function metricsAccessAllowed(caller: MetricsCaller, token: string | undefined): boolean {
  if (token && bearerMatches(caller.headers.authorization, token)) return true;
  const forwarded = FORWARDING_HEADERS.some((name) => caller.headers[name] !== undefined);
  return !forwarded && caller.remoteAddress !== undefined && LOOPBACK.has(caller.remoteAddress);
}

function bearerMatches(authorization: string | undefined, token: string): boolean {
  const match = /^Bearer (.+)$/i.exec(authorization ?? '');
  if (!match) return false;
  // Digests have one length, so the comparison takes the same time whatever was sent.
  return timingSafeEqual(digest(match[1]), digest(token));
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}
