import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from 'zod-openapi';
import { ZProblem } from './problems';
import { routes, type RouteContract } from './routes';

const problem = {
  description: 'Problem details (RFC 9457)',
  content: { 'application/problem+json': { schema: ZProblem } },
};

function operation(name: string, contract: RouteContract): ZodOpenApiOperationObject {
  const success = contract.status ?? 200;
  const roles =
    contract.access === 'public'
      ? 'anyone'
      : contract.access === 'signed-in'
        ? 'any signed-in user'
        : [...new Set([...contract.access, 'ADMIN'])].join(', ');
  return {
    operationId: name,
    summary: contract.summary,
    description: `Access: ${roles}.`,
    tags: [contract.tag],
    ...(contract.access === 'public' ? { security: [] } : {}),
    requestParams: {
      ...(contract.params ? { path: contract.params as never } : {}),
      ...(contract.query ? { query: contract.query as never } : {}),
    },
    ...(contract.body ? { requestBody: { content: { 'application/json': { schema: contract.body } } } } : {}),
    responses: {
      [success]: contract.response
        ? { description: 'Success', content: { 'application/json': { schema: contract.response } } }
        : { description: 'Success, no content' },
      400: problem,
      ...(contract.access === 'public' ? {} : { 401: problem }),
      ...(Array.isArray(contract.access) ? { 403: problem } : {}),
      default: problem,
    },
  };
}

const toOpenApiPath = (path: string) => path.replace(/:([A-Za-z]+)/g, '{$1}');

/** The OpenAPI 3.1 document of the API, generated from the route contracts. */
export function createOpenApiDocument(version: string) {
  const paths: ZodOpenApiPathsObject = {};
  for (const [name, contract] of Object.entries(routes) as [string, RouteContract][]) {
    const path = toOpenApiPath(contract.path);
    paths[path] = { ...paths[path], [contract.method]: operation(name, contract) };
  }
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Study Report Tracker API',
      version,
      description:
        'Recommendations, lessons learnt and pilot records on disruptive technologies, traced to the living Study Report. ' +
        'Sign in with POST /api/v1/auth/login; state-changing requests must send the header `X-Requested-With: fetch` (CSRF defence).',
    },
    components: {
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'srt_session' } },
    },
    security: [{ session: [] }],
    paths,
  });
}
