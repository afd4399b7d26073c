import type { NextFunction, Request, Response } from 'express';
import { problemBody } from './problems';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
export const CSRF_HEADER = 'x-requested-with';

/**
 * CSRF defence for cookie-authenticated writes: a cross-site form cannot set a custom header,
 * and a cross-site script cannot send one without a CORS preflight, which this API never grants.
 */
export function csrfProtection(request: Request, response: Response, next: NextFunction): void {
  if (SAFE_METHODS.has(request.method)) return next();
  const crossSite = request.get('sec-fetch-site') === 'cross-site';
  if (!request.get(CSRF_HEADER) || crossSite) {
    const body = problemBody('CSRF_HEADER_MISSING', {}, (request as { id?: string }).id);
    response.status(body.status).type('application/problem+json').send(JSON.stringify(body));
    return;
  }
  next();
}
