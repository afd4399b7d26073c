import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { routes } from '@srt/contracts';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { APP_CONFIG, cookieIsSecure, type AppConfig } from '../config/config';
import { InstallationSecretsRepository } from '../database/installation-secrets.repository';
import { installationKey, readSignedValues, signValues } from '../http/signed-values';

export const DEVICE_COOKIE = 'srt_device';
const DEVICE_DAYS = 180;
// Sent with sign-in requests only: it says nothing to any other route.
const DEVICE_COOKIE_PATH = routes.login.path;

const ZDeviceValues = z.object({
  user: z.string().min(1).max(64),
  device: z.string().min(16).max(64),
  expires: z.string().regex(/^\d{1,15}$/),
});

export interface TrustedDevice {
  userId: string;
  /** Names this browser in the throttle: its own failures lock it, not the account. */
  deviceId: string;
}

/**
 * The device cookie OWASP describes against account lock-out: a browser that once signed in to
 * an account gets a signed cookie naming that account, and its sign-ins to that account are
 * throttled on their own counter instead of the account's, so an attacker who locks the account
 * out elsewhere does not lock its owner out. The cookie grants nothing else: the password is
 * still checked.
 */
@Injectable()
export class TrustedDevices {
  private readonly signingKey: () => Promise<string>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    secrets: InstallationSecretsRepository,
  ) {
    this.signingKey = installationKey(secrets, 'device-cookie');
  }

  async trust(userId: string, response: Response): Promise<void> {
    const expires = new Date(Date.now() + DEVICE_DAYS * 86_400_000);
    const values = { user: userId, device: randomBytes(18).toString('base64url'), expires: String(expires.getTime()) };
    response.cookie(DEVICE_COOKIE, signValues(await this.signingKey(), values), {
      httpOnly: true,
      sameSite: 'strict',
      secure: cookieIsSecure(this.config),
      path: DEVICE_COOKIE_PATH,
      expires,
    });
  }

  /** The device this request's cookie names, when it was trusted for `userId` and has not expired. */
  async recognise(request: Request, userId: string | undefined): Promise<TrustedDevice | null> {
    const token: unknown = request.cookies?.[DEVICE_COOKIE];
    if (!userId || typeof token !== 'string' || token.length > 300) return null;
    const values = readSignedValues(await this.signingKey(), token, ZDeviceValues);
    if (!values || values.user !== userId || Number(values.expires) < Date.now()) return null;
    return { userId, deviceId: values.device };
  }
}
