import type { RouteContract, TProblem } from '@srt/contracts';
import type { z } from 'zod';

type Part = 'params' | 'query' | 'body';
type InputOf<Route, Key extends Part> =
  Route extends Record<Key, infer Schema extends z.ZodType> ? z.input<Schema> : never;
type OutputOf<Route> = Route extends { response: infer Schema extends z.ZodType } ? z.output<Schema> : void;

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

/** A failed request, with the server's problem details and its field errors keyed by path. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: TProblem;
  readonly fieldErrors: Readonly<Record<string, string>>;
  /** From the Retry-After header of a 429 or 503 answer. */
  readonly retryAfterSeconds: number | undefined;

  constructor(problem: TProblem, retryAfterSeconds?: number) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
    const fieldErrors: Record<string, string> = {};
    for (const issue of problem.errors ?? []) fieldErrors[issue.path] ??= issue.message;
    this.fieldErrors = fieldErrors;
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

async function readProblem(response: Response): Promise<TProblem> {
  const fallback: TProblem = { type: 'about:blank', title: response.statusText || 'Error', status: response.status };
  try {
    const body = (await response.json()) as Partial<TProblem>;
    return { ...fallback, ...body, status: response.status };
  } catch {
    return fallback;
  }
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
    throw new ApiError({ type: 'about:blank', title: 'Network error', status: NETWORK_ERROR_STATUS });
  }

  if (!response.ok) {
    if (response.status === 401 && route.access !== 'public') sessionEndedListeners.forEach((listener) => listener());
    throw new ApiError(await readProblem(response), retryAfter(response));
  }
  if (response.status === 204) return undefined as OutputOf<Route>;
  return (await response.json()) as OutputOf<Route>;
}
