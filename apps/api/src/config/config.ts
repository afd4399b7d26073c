import path from 'node:path';
import { z } from 'zod';

const ZPort = z.coerce.number().int().min(1).max(65535);
const ZDuration = z.coerce.number().int().positive();

/** Every setting the API reads from the environment; a bad value stops the start with one clear line. */
export const ZConfig = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  PORT: ZPort.default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must start with postgresql://'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(20),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** The address users reach the app at; links in emails start with it. */
  PUBLIC_URL: z.url().default('http://localhost:3000'),
  SESSION_IDLE_MINUTES: ZDuration.default(120),
  SESSION_ABSOLUTE_HOURS: ZDuration.default(24 * 7),
  /** How long a process remembers a live session; 0 asks the database on every request. */
  SESSION_CACHE_MS: z.coerce.number().int().min(0).max(60_000).default(2000),
  /** Marks the cookie Secure even when PUBLIC_URL is http (behind a TLS-terminating proxy). */
  COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().default('Study Report Tracker <no-reply@localhost>'),
  /** Hour (UTC) after which the daily notification digests go out. */
  DIGEST_HOUR_UTC: z.coerce.number().int().min(0).max(23).default(6),
  /**
   * Signs page cursors. Unset, each installation makes a random key on first use and keeps it
   * in its database; set it to share one key across installations or to rotate it.
   */
  CURSOR_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /** Lets a scraper outside this machine read /api/metrics as `Authorization: Bearer <token>`. */
  METRICS_TOKEN: z.string().min(32, 'must be at least 32 characters').optional(),
  /** Failed sign-ins one account takes before it is locked for untrusted browsers (SECURITY in README). */
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  LOGIN_WINDOW_MINUTES: ZDuration.default(15),
  /** Failed sign-ins one client address takes, across accounts (an office may share one address). */
  LOGIN_ADDRESS_MAX_FAILURES: z.coerce.number().int().min(1).default(100),
  /** Password-reset requests and link confirmations one client address may send per hour. */
  PASSWORD_RESET_MAX_PER_HOUR: z.coerce.number().int().min(1).default(20),
  /** Password-reset emails one account receives per hour, whoever asks. */
  PASSWORD_RESET_EMAILS_PER_HOUR: z.coerce.number().int().min(1).default(3),
  /** Serves /api/openapi.json and /api/docs to signed-out visitors too. */
  PUBLIC_API_DOCS: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
  WEB_DIST: z.string().default(path.resolve(__dirname, '../../../../web/dist')),
  TRUST_PROXY: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
});

export type AppConfig = z.infer<typeof ZConfig>;

export class ConfigError extends Error {}

export function loadConfig(environment: NodeJS.ProcessEnv = process.env): AppConfig {
  const present = Object.fromEntries(Object.entries(environment).filter(([, value]) => value !== ''));
  const parsed = ZConfig.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue.path[0] ?? 'environment');
    const shown = environment[name] === undefined ? 'it is not set' : `got "${environment[name]}"`;
    throw new ConfigError(
      `Invalid configuration: ${name} ${issue.message.replace(/^Invalid input: /, '')} (${shown}).`,
    );
  }
  return parsed.data;
}

export function cookieIsSecure(config: AppConfig): boolean {
  if (config.COOKIE_SECURE !== 'auto') return config.COOKIE_SECURE === 'true';
  return config.PUBLIC_URL.startsWith('https://');
}

export const APP_CONFIG = Symbol('APP_CONFIG');
