import type { z } from 'zod';

/** The parts of a request a route declares a schema for. */
export type RequestPart = 'params' | 'query' | 'body';

/** What a caller sends in one part of a route's request: the schema's input, before coercion and defaults. */
export type InputOf<Route, Part extends RequestPart> =
  Route extends Record<Part, infer Schema extends z.ZodType> ? z.input<Schema> : never;

/** What a handler receives in one part of a route's request: the schema's output, once the API parsed it. */
export type ParsedInputOf<Route, Part extends RequestPart> =
  Route extends Record<Part, infer Schema extends z.ZodType> ? z.output<Schema> : never;

/** A handler's path parameters, as its route's `params` schema parsed them. */
export type ParamsOf<Route> = ParsedInputOf<Route, 'params'>;
/** A handler's query, as its route's `query` schema parsed it. */
export type QueryOf<Route> = ParsedInputOf<Route, 'query'>;
/** A handler's body, as its route's `body` schema parsed it. */
export type BodyOf<Route> = ParsedInputOf<Route, 'body'>;

/** The success body a caller reads; void for a route that declares none (a 204, a file). */
export type OutputOf<Route> = Route extends { response: infer Schema extends z.ZodType } ? z.output<Schema> : void;

/**
 * What a handler may answer: a value its route's response schema accepts (the API checks it outside
 * production), or anything for a route without one, whose handler writes or streams its own answer.
 */
export type AnswerOf<Route> = Route extends { response: infer Schema extends z.ZodType } ? z.input<Schema> : unknown;
