import type { Request } from 'express';
import type { SessionUser } from '../auth/session-user';

export interface ValidatedRequest extends Request {
  validated?: { params?: unknown; query?: unknown; body?: unknown };
  user?: SessionUser;
  sessionId?: string;
  id: string;
}
