import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { getAbsoluteFSPath } from 'swagger-ui-dist';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import type { AppConfig } from './config/config';
import { csrfProtection } from './http/csrf.middleware';
import { AppMetrics } from './metrics/app-metrics';
import { fieldIssue, problemBody, ValidationFailed } from './http/problems';
import { serveWebClient } from './web/web-client';

export const BODY_LIMIT = '1mb';
const IMPORT_PATH = '/api/v1/items/import';
const IMPORT_LIMIT = '10mb';
/** No contract nests deeper than a few levels; 32 leaves room and keeps recursive code safe. */
export const BODY_MAX_DEPTH = 32;

/** Builds the whole application (API, docs and, when built, the web client) without listening. */
export async function createApp(config: AppConfig): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forConfig(config), {
    bodyParser: false,
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  // First, so that the measured time covers every middleware as well as the handler.
  app.use('/api', app.get(AppMetrics).recordRequests);
  app.disable('x-powered-by');
  app.set('trust proxy', config.TRUST_PROXY);
  app.set('query parser', 'simple');
  // API answers depend on the session and change with every write: an ETag would cost a hash of
  // every body and save no work on the server. Static files keep theirs (express.static).
  app.set('etag', false);
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // Mantine writes its CSS variables into <style> tags at run time, so those may be inline;
          // style attributes in markup may not (React sets its styles through the DOM, which the CSP
          // does not govern). Scripts stay strictly our own. See the README's security section.
          styleSrc: ["'self'", "'unsafe-inline'"],
          styleSrcElem: ["'self'", "'unsafe-inline'"],
          styleSrcAttr: ["'none'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
      frameguard: { action: 'deny' },
      referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
      strictTransportSecurity: config.PUBLIC_URL.startsWith('https://'),
    }),
  );
  app.use(cookieParser());
  // The import takes a CSV file of up to 10 MB as its body; everything else is JSON of up to 1 MB.
  app.use(
    IMPORT_PATH,
    express.text({
      type: ['text/csv', 'text/plain', 'application/csv', 'application/vnd.ms-excel', 'application/octet-stream'],
      limit: IMPORT_LIMIT,
    }),
  );
  app.use('/api', express.json({ limit: BODY_LIMIT, strict: false, verify: refuseDeepNesting }));
  app.use('/api', bodyParserProblems);
  app.use('/api', csrfProtection);
  app.use('/api/docs/assets', express.static(getAbsoluteFSPath(), { index: false }));
  serveWebClient(app, config.WEB_DIST);
  await app.init();
  return app;
}

/**
 * Refuses JSON nested deeper than BODY_MAX_DEPTH before it is parsed: recursive code such as a
 * schema's error report would overflow its stack on a body of 5,000 nested arrays.
 */
function refuseDeepNesting(_request: Request, _response: Response, body: Buffer): void {
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (const byte of body) {
    if (inString) {
      if (escaped) escaped = false;
      else if (byte === 0x5c) escaped = true;
      else if (byte === 0x22) inString = false;
    } else if (byte === 0x22) inString = true;
    else if (byte === 0x5b || byte === 0x7b) {
      depth += 1;
      if (depth > BODY_MAX_DEPTH)
        throw Object.assign(new Error('nested too deep'), { status: 400, type: 'entity.too.deep' });
    } else if (byte === 0x5d || byte === 0x7d) depth -= 1;
  }
}

/** Malformed or oversized JSON never reaches a handler: it gets a problem answer here. */
function bodyParserProblems(error: unknown, request: Request, response: Response, next: NextFunction): void {
  if (!error) return next();
  const status = (error as { status?: number }).status ?? 400;
  const type = (error as { type?: string }).type;
  const requestId = (request as { id?: string }).id;
  const limit = request.originalUrl.startsWith(IMPORT_PATH) ? IMPORT_LIMIT : BODY_LIMIT;
  const body =
    type === 'entity.too.large' || status === 413
      ? problemBody('BODY_TOO_LARGE', { limit }, requestId)
      : status === 415
        ? problemBody('UNSUPPORTED_MEDIA_TYPE', {}, requestId)
        : new ValidationFailed([
            type === 'entity.too.deep'
              ? fieldIssue('body', 'BODY_TOO_DEEP', { maximum: BODY_MAX_DEPTH })
              : fieldIssue('body', type === 'entity.parse.failed' ? 'BODY_NOT_JSON' : 'BODY_UNREADABLE'),
          ]).toBody(requestId);
  response.status(body.status).type('application/problem+json').send(JSON.stringify(body));
}
