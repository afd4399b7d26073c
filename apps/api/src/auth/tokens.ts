import { createHash, randomBytes } from 'node:crypto';

/** A secret for a cookie or an emailed link; only its hash is ever stored. */
export function newSecret(): { secret: string; hash: string } {
  const secret = randomBytes(32).toString('base64url');
  return { secret, hash: hashSecret(secret) };
}

export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('base64url');
