// Failures a user can cause and understand. Each maps to one status (lib/api/handler.ts) and to a
// message next to the form (lib/forms/form-action.ts); anything else is a bug, logged and hidden.

/** Not there, or not theirs: someone else's object is "not found", never "forbidden". */
export class NotFoundError extends Error {
  readonly status = 404;
  constructor(message = "Not found.") {
    super(message);
    this.name = "NotFoundError";
  }
}

/** Signed out, or signed in without the role the action needs. */
export class ForbiddenError extends Error {
  readonly status = 403;
  constructor(message = "You do not have permission to do that.") {
    super(message);
    this.name = "ForbiddenError";
  }
}

/** The request was fine but the state changed under it (already decided, already a member). */
export class ConflictError extends Error {
  readonly status = 409;
  constructor(message: string) {
    super(message);
    this.name = "ConflictError";
  }
}

export class RateLimitedError extends Error {
  readonly status = 429;
  constructor(readonly retryAfterSeconds: number) {
    const minutes = Math.ceil(retryAfterSeconds / 60);
    super(`Too many attempts. Try again in ${minutes === 1 ? "a minute" : `${minutes} minutes`}.`);
    this.name = "RateLimitedError";
  }
}

/** Input that passed its schema but not a rule that needs the database or a dictionary. */
export class FieldError extends Error {
  readonly status = 400;
  constructor(
    readonly field: string,
    message: string,
    /** Each thing wrong, in words, when the message sums up several (every invalid answer of a file). */
    readonly problems: string[] = [],
  ) {
    super(message);
    this.name = "FieldError";
  }
}

export type UserError = NotFoundError | ForbiddenError | ConflictError | RateLimitedError | FieldError;

export function isUserError(error: unknown): error is UserError {
  return (
    error instanceof NotFoundError ||
    error instanceof ForbiddenError ||
    error instanceof ConflictError ||
    error instanceof RateLimitedError ||
    error instanceof FieldError
  );
}
