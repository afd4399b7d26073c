import {
  PROBLEMS,
  serverFieldMessage,
  type TFieldIssueParams,
  type TProblem,
  type TProblemCode,
  type TProblemExtensions,
  type TProblemResource,
  type TServerFieldIssueCode,
  type TValidationIssue,
} from '@srt/contracts';

export type FieldIssue = TValidationIssue;

/** A code whose extensions are all optional may be thrown without them. */
type ExtensionsArgument<C extends TProblemCode> =
  Record<string, never> extends TProblemExtensions<C>
    ? [extensions?: TProblemExtensions<C>]
    : [extensions: TProblemExtensions<C>];

/**
 * A failure a client can act on, by its stable code (see PROBLEMS in the contracts); the problem
 * filter turns it into application/problem+json.
 */
export class DomainError<C extends TProblemCode = TProblemCode> extends Error {
  readonly extensions: TProblemExtensions<C>;

  constructor(
    readonly code: C,
    ...[extensions]: ExtensionsArgument<C>
  ) {
    const given = (extensions ?? {}) as TProblemExtensions<C>;
    super((PROBLEMS[code].detail as (value: TProblemExtensions<C>) => string)(given));
    this.extensions = given;
  }

  get status(): number {
    return PROBLEMS[this.code].status;
  }

  toBody(requestId: string | undefined): TProblem {
    return problemBody(this.code, this.extensions, requestId, this.message);
  }
}

export class ValidationFailed extends DomainError<'VALIDATION_FAILED'> {
  constructor(errors: FieldIssue[]) {
    super('VALIDATION_FAILED', { errors });
  }
}

export class NotFound extends DomainError<'NOT_FOUND'> {
  constructor(resource: TProblemResource, reference?: string) {
    super('NOT_FOUND', reference === undefined ? { resource } : { resource, reference });
  }
}

/** An issue the API finds beyond the schemas, with its English message filled in from its params. */
export function fieldIssue(path: string, code: TServerFieldIssueCode, params?: TFieldIssueParams): FieldIssue {
  return { path, code, ...(params ? { params } : {}), message: serverFieldMessage(code, params) };
}

const kebab = (code: string) => code.toLowerCase().replace(/_/g, '-');

/** The body of an answer for `code`; every error answer of the API is made here. */
export function problemBody<C extends TProblemCode>(
  code: C,
  extensions: TProblemExtensions<C>,
  requestId: string | undefined,
  detail: string = (PROBLEMS[code].detail as (value: TProblemExtensions<C>) => string)(extensions),
): TProblem {
  const definition = PROBLEMS[code];
  return {
    // Extensions first: they can add members but never replace the standard ones.
    ...extensions,
    type: `https://study-report-tracker.example/problems/${kebab(code)}`,
    title: definition.title,
    status: definition.status,
    code,
    detail,
    ...(requestId ? { requestId } : {}),
  } as TProblem;
}
