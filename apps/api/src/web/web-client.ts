import fs from 'node:fs';
import path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express from 'express';

/**
 * Serves the built React client: hashed assets with long caching, and index.html for every
 * other non-API path so that deep links (/items/REC-0001) load the app.
 */
export function serveWebClient(app: NestExpressApplication, distFolder: string): void {
  const index = path.join(distFolder, 'index.html');
  if (!fs.existsSync(index)) return;
  app.use('/assets', express.static(path.join(distFolder, 'assets'), { immutable: true, maxAge: '1y', index: false }));
  // Not in front of the API: it would look for a file on disk for every API request.
  const files = express.static(distFolder, { index: false, maxAge: '1h' });
  app.use((request: express.Request, response: express.Response, next: express.NextFunction) =>
    request.path.startsWith('/api') ? next() : files(request, response, next),
  );
  app.use((request: express.Request, response: express.Response, next: express.NextFunction) => {
    if (request.method !== 'GET' || request.path.startsWith('/api')) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(index);
  });
}
