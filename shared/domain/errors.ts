/**
 * Typed domain errors. Each carries its HTTP status and a German title; the error middleware
 * (shared/http/problem-middleware.ts) turns them into RFC 9457 problem+json. `expose` follows
 * middy's convention: only exposed errors show their detail to the caller.
 */
export interface FieldError {
  path: string;
  message: string;
}

export class DomainError extends Error {
  readonly expose = true;
  constructor(
    readonly statusCode: number,
    readonly type: string,
    readonly title: string,
    detail: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(detail);
    this.name = new.target.name;
  }
}

/**
 * At most this many field errors are listed: 100 000 bad array elements in a 256 KB body would
 * otherwise answer megabytes (past Lambda's 6 MB response limit).
 */
export const MAX_FIELD_ERRORS = 50;

const summary = (errors: FieldError[]) => {
  const more = errors.length - MAX_FIELD_ERRORS;
  const listed = errors.slice(0, MAX_FIELD_ERRORS).map((e) => e.path || "(body)");
  return `Die Anfrage ist ungültig: ${listed.join(", ")}${more > 0 ? ` und ${more} weitere` : ""}`;
};

export class ValidationError extends DomainError {
  readonly errors: FieldError[];
  constructor(errors: FieldError[], detail = summary(errors)) {
    const listed = errors.slice(0, MAX_FIELD_ERRORS);
    super(400, "validation-error", "Ungültige Eingabe", detail, { errors: listed });
    this.errors = listed;
  }
}

export class UnauthorizedError extends DomainError {
  constructor(detail = "Anmeldung erforderlich: gültiges Bearer-Token fehlt.") {
    super(401, "unauthorized", "Nicht angemeldet", detail);
  }
}

export class ForbiddenError extends DomainError {
  /** `extra.errors` may name the field the caller may not set ([{path, message}]). */
  constructor(detail = "Ihre Rolle darf diese Aktion nicht ausführen.", extra: Record<string, unknown> = {}) {
    super(403, "forbidden", "Keine Berechtigung", detail, extra);
  }
}

export class NotFoundError extends DomainError {
  constructor(detail = "Nicht gefunden.") {
    super(404, "not-found", "Nicht gefunden", detail);
  }
}

export class ConflictError extends DomainError {
  /** `extra.errors` may name the field whose state is in the way ([{path, message}]). */
  constructor(detail: string, extra: Record<string, unknown> = {}) {
    super(409, "conflict", "Konflikt", detail, extra);
  }
}

/** Something that existed and may not be used any more (a decision link expired or used). */
export class GoneError extends DomainError {
  /** `extra.reason` says why, for a page to word it ("expired", "used", "closed"). */
  constructor(detail: string, extra: Record<string, unknown> = {}) {
    super(410, "gone", "Nicht mehr verfügbar", detail, extra);
  }
}

export class PreconditionFailedError extends DomainError {
  constructor(detail = "Die Version (If-Match) ist veraltet; bitte neu laden.") {
    super(412, "precondition-failed", "Veraltete Version", detail);
  }
}

export class PreconditionRequiredError extends DomainError {
  constructor(detail = "Der Header If-Match mit der aktuellen Version (ETag) ist erforderlich.") {
    super(428, "precondition-required", "If-Match fehlt", detail);
  }
}

export class UnprocessableError extends DomainError {
  constructor(detail: string, extra: Record<string, unknown> = {}) {
    super(422, "unprocessable", "Nicht verarbeitbar", detail, extra);
  }
}

export class PayloadTooLargeError extends DomainError {
  constructor(detail: string, limitBytes?: number) {
    super(413, "payload-too-large", "Anfrage zu groß", detail, limitBytes ? { limitBytes } : {});
  }
}

/** Answered with a `Retry-After` header (seconds): the request was fine, only the moment was not. */
export class ServiceUnavailableError extends DomainError {
  constructor(
    detail: string,
    readonly retryAfterSeconds = 1,
  ) {
    super(503, "service-unavailable", "Vorübergehend nicht verfügbar", detail);
  }
}
