import {
  PROBLEMS,
  type InputOf,
  type OutputOf,
  type RouteContract,
  type TProblem,
  type TProblemCode,
  type TProblemExtensions,
  type TValidationIssue,
} from '@srt/contracts';

export interface RequestOptions<Route extends RouteContract> {
  params?: InputOf<Route, 'params'>;
  query?: InputOf<Route, 'query'>;
  body?: InputOf<Route, 'body'>;
  /** A body sent as it is (a CSV file), instead of the JSON of `body`. */
  rawBody?: { content: string; type: string };
  /** Extra request headers, e.g. `Idempotency-Key` on a create that a double click must not repeat. */
  headers?: Readonly<Record<string, string>>;
  signal?: AbortSignal;
}

/** A failed request, with the server's problem details and its field issues. */
export class ApiError extends Error {
  readonly status: number;
  /** The API's answer, by code; null when the request never reached it (offline, server down). */
  readonly problem: TProblem | null;
  readonly fieldIssues: readonly TValidationIssue[];
  /** From the Retry-After header of a 429 or 503 answer. */
  readonly retryAfterSeconds: number | undefined;

  constructor(status: number, problem: TProblem | null, retryAfterSeconds?: number) {
    super(problem?.detail ?? problem?.title ?? 'Network error');
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
    this.fieldIssues = problem && 'errors' in problem ? problem.errors : [];
  }

  /** Whether the API answered with this code: `if (error.is('STALE_VERSION'))`. */
  is<C extends TProblemCode>(code: C): this is ApiError & { problem: Extract<TProblem, { code: C }> } {
    return this.problem?.code === code;
  }
}

/** Status of an ApiError that never reached the server (offline, server down). */
export const NETWORK_ERROR_STATUS = 0;

type SessionEndedListener = () => void;
const sessionEndedListeners = new Set<SessionEndedListener>();

/** Called whenever a request that needs a session answers 401: the session expired or was ended elsewhere. */
export function onSessionEnded(listener: SessionEndedListener): () => void {
  sessionEndedListeners.add(listener);
  return () => sessionEndedListeners.delete(listener);
}

function buildUrl(path: string, params: unknown, query: unknown): string {
  const filledPath = path.replace(/:([A-Za-z]+)/g, (_, name: string) =>
    encodeURIComponent(String((params as Record<string, unknown> | undefined)?.[name] ?? '')),
  );
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries((query as Record<string, unknown> | undefined) ?? {})) {
    // Repeatable filters repeat their key (`technology=ai&technology=iot`), as the API reads them.
    for (const each of Array.isArray(value) ? value : [value]) {
      if (each !== undefined && each !== null && each !== '') search.append(key, String(each));
    }
  }
  const queryString = search.toString();
  return queryString ? `${filledPath}?${queryString}` : filledPath;
}

function retryAfter(response: Response): number | undefined {
  const header = response.headers.get('Retry-After');
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return seconds;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, (date - Date.now()) / 1000);
}

/**
 * The problem the API answered with; an answer without one (a proxy's error page, say) gets the
 * code its status stands for.
 */
async function readProblem(
  response: Response,
  method: string,
  path: string,
  retryAfterSeconds: number | undefined,
): Promise<TProblem> {
  try {
    const body = (await response.json()) as Partial<TProblem>;
    if (typeof body.code === 'string' && body.code in PROBLEMS) return body as TProblem;
  } catch {
    // Not JSON: fall through to the status's own code.
  }
  const answer = <C extends TProblemCode>(code: C, extensions: TProblemExtensions<C>) =>
    ({ ...extensions, type: 'about:blank', title: PROBLEMS[code].title, status: response.status, code }) as TProblem;
  if (response.status === 401) return answer('NOT_SIGNED_IN', {});
  if (response.status === 403) return answer('FORBIDDEN', {});
  if (response.status === 404) return answer('ROUTE_NOT_FOUND', { method, path });
  if (response.status === 429) return answer('TOO_MANY_ATTEMPTS', { retryAfterSeconds: retryAfterSeconds ?? 60 });
  if (response.status === 503) return answer('DATABASE_UNAVAILABLE', {});
  return response.status >= 500 ? answer('INTERNAL_ERROR', {}) : answer('BAD_REQUEST', {});
}

/** Calls one API route as declared in the contracts; resolves with its typed body or rejects with an ApiError. */
export async function apiRequest<Route extends RouteContract>(
  route: Route,
  options: RequestOptions<Route> = {},
): Promise<OutputOf<Route>> {
  const method = route.method.toUpperCase();
  const headers: Record<string, string> = { ...options.headers, Accept: 'application/json' };
  // The API refuses state-changing requests without this header (CSRF defence, see SPEC §4).
  if (method !== 'GET') headers['X-Requested-With'] = 'fetch';
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.rawBody) headers['Content-Type'] = options.rawBody.type;

  let response: Response;
  try {
    response = await fetch(buildUrl(route.path, options.params, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.rawBody
        ? options.rawBody.content
        : options.body === undefined
          ? undefined
          : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new ApiError(NETWORK_ERROR_STATUS, null);
  }

  if (!response.ok) {
    if (response.status === 401 && route.access !== 'public') sessionEndedListeners.forEach((listener) => listener());
    const retryAfterSeconds = retryAfter(response);
    const problem = await readProblem(response, method, route.path, retryAfterSeconds);
    throw new ApiError(response.status, problem, retryAfterSeconds);
  }
  if (response.status === 204) return undefined as OutputOf<Route>;
  return (await response.json()) as OutputOf<Route>;
}
