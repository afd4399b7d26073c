import { Controller, Get, Header } from '@nestjs/common';
import { createOpenApiDocument, documentationPaths } from '@srt/contracts';
import { DocumentationRoute } from '../auth/access.guard';

const VERSION = process.env.npm_package_version ?? '0.1.0';

/** The OpenAPI document generated from the contracts, and Swagger UI served from our own origin. */
@Controller()
export class DocsController {
  private readonly document = createOpenApiDocument(VERSION);

  @Get(documentationPaths.openapi)
  @DocumentationRoute()
  openapi() {
    return this.document;
  }

  @Get(documentationPaths.docs)
  @DocumentationRoute()
  @Header('Content-Type', 'text/html; charset=utf-8')
  docs() {
    return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Study Report Tracker API</title>
  <link rel="stylesheet" href="/api/docs/assets/swagger-ui.css">
</head>
<body>
  <div id="swagger-ui"></div>
  <script src="/api/docs/assets/swagger-ui-bundle.js"></script>
  <script src="/api/docs/init.js"></script>
</body>
</html>`;
  }

  @Get('/api/docs/init.js')
  @DocumentationRoute()
  @Header('Content-Type', 'text/javascript; charset=utf-8')
  initializer() {
    return `window.ui = SwaggerUIBundle({ url: '${documentationPaths.openapi}', dom_id: '#swagger-ui', withCredentials: true,
  requestInterceptor: (request) => { request.headers['X-Requested-With'] = 'fetch'; return request; } });`;
  }
}
