/**
 * A random key (e.g. an Idempotency-Key). crypto.randomUUID exists only in secure contexts;
 * getRandomValues works on plain http too, where the app may be served inside an intranet.
 */
export function randomKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
