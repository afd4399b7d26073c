// An emailed link's secret arrives in the query of the page it opens (/reset-password?token=…).
const SECRET_QUERY = /([?&]token=)[^&#]*/gi;
/**
 * The only headers a request line keeps: enough to tell clients apart, none that carries a secret
 * (cookies, authorisation, a Referer holding a link's token) or fills the line with noise.
 */
const LOGGED_REQUEST_HEADERS = ['user-agent', 'content-type', 'content-length', 'x-forwarded-for'];
const LOGGED_RESPONSE_HEADERS = ['content-type', 'content-length'];

interface SerializedRequest {
  id?: unknown;
  method?: string;
  url?: string;
  remoteAddress?: string;
  headers?: Record<string, unknown>;
}

/** The request as one log line shows it: a few headers, and the secrets a link may carry replaced. */
export function loggedRequest(request: SerializedRequest): object {
  return {
    id: request.id,
    method: request.method,
    url: request.url?.replace(SECRET_QUERY, '$1[redacted]'),
    remoteAddress: request.remoteAddress,
    headers: pick(request.headers, LOGGED_REQUEST_HEADERS),
  };
}

export function loggedResponse(response: { statusCode?: number; headers?: Record<string, unknown> }): object {
  return { statusCode: response.statusCode, headers: pick(response.headers, LOGGED_RESPONSE_HEADERS) };
}

function pick(headers: Record<string, unknown> | undefined, names: string[]): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const name of names) if (headers?.[name] !== undefined) kept[name] = headers[name];
  return kept;
}
