import { HttpStatus } from '@nestjs/common';

export interface FieldIssue {
  path: string;
  message: string;
}

/** A failure a client can act on; the problem filter turns it into application/problem+json. */
export class DomainError extends Error {
  constructor(
    readonly status: HttpStatus,
    readonly title: string,
    readonly detail?: string,
    readonly errors?: FieldIssue[],
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(detail ?? title);
  }
}

export class ValidationFailed extends DomainError {
  constructor(errors: FieldIssue[]) {
    super(
      HttpStatus.BAD_REQUEST,
      'Invalid request',
      errors.map((issue) => `${issue.path}: ${issue.message}`).join('; '),
      errors,
    );
  }
}

export class NotFound extends DomainError {
  constructor(what = 'The resource') {
    super(HttpStatus.NOT_FOUND, 'Not found', `${what} does not exist or is not visible to you.`);
  }
}

export class Unauthenticated extends DomainError {
  constructor(detail = 'Sign in to continue.') {
    super(HttpStatus.UNAUTHORIZED, 'Not signed in', detail);
  }
}

export class Forbidden extends DomainError {
  constructor(detail = 'Your role does not allow this.') {
    super(HttpStatus.FORBIDDEN, 'Forbidden', detail);
  }
}

export class Conflict extends DomainError {
  constructor(detail: string, extensions: Record<string, unknown> = {}) {
    super(HttpStatus.CONFLICT, 'Conflict', detail, undefined, extensions);
  }
}

export class TooManyRequests extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super(
      HttpStatus.TOO_MANY_REQUESTS,
      'Too many attempts',
      `Try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s).`,
    );
  }
}
