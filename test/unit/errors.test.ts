import { describe, expect, it } from "vitest";
import {
  ConflictError,
  DomainError,
  ForbiddenError,
  MAX_FIELD_ERRORS,
  NotFoundError,
  PayloadTooLargeError,
  PreconditionFailedError,
  PreconditionRequiredError,
  ServiceUnavailableError,
  UnauthorizedError,
  UnprocessableError,
  ValidationError,
} from "../../shared/domain/errors.ts";

/** What the problem middleware reads from a domain error. */
const problem = (e: DomainError) => ({
  name: e.name,
  status: e.statusCode,
  type: e.type,
  title: e.title,
  detail: e.message,
  extra: e.extra,
  expose: e.expose,
});

describe("domain errors", () => {
  it("carry status, type, German title and default detail", () => {
    expect(
      [
        new UnauthorizedError(),
        new ForbiddenError(),
        new NotFoundError(),
        new PreconditionFailedError(),
        new PreconditionRequiredError(),
      ].map(problem),
    ).toEqual([
      {
        name: "UnauthorizedError",
        status: 401,
        type: "unauthorized",
        title: "Nicht angemeldet",
        detail: "Anmeldung erforderlich: gültiges Bearer-Token fehlt.",
        extra: {},
        expose: true,
      },
      {
        name: "ForbiddenError",
        status: 403,
        type: "forbidden",
        title: "Keine Berechtigung",
        detail: "Ihre Rolle darf diese Aktion nicht ausführen.",
        extra: {},
        expose: true,
      },
      {
        name: "NotFoundError",
        status: 404,
        type: "not-found",
        title: "Nicht gefunden",
        detail: "Nicht gefunden.",
        extra: {},
        expose: true,
      },
      {
        name: "PreconditionFailedError",
        status: 412,
        type: "precondition-failed",
        title: "Veraltete Version",
        detail: "Die Version (If-Match) ist veraltet; bitte neu laden.",
        extra: {},
        expose: true,
      },
      {
        name: "PreconditionRequiredError",
        status: 428,
        type: "precondition-required",
        title: "If-Match fehlt",
        detail: "Der Header If-Match mit der aktuellen Version (ETag) ist erforderlich.",
        extra: {},
        expose: true,
      },
    ]);
  });

  it("take the caller's detail and extra members", () => {
    expect(problem(new NotFoundError("Kein Platz 7."))).toMatchObject({ detail: "Kein Platz 7." });
    expect(problem(new ConflictError("Schon angenommen."))).toMatchObject({
      name: "ConflictError",
      status: 409,
      type: "conflict",
      title: "Konflikt",
      detail: "Schon angenommen.",
    });
    expect(problem(new UnprocessableError("Anderer Inhalt.", { key: "k" }))).toMatchObject({
      status: 422,
      type: "unprocessable",
      title: "Nicht verarbeitbar",
      extra: { key: "k" },
    });
    expect(new UnprocessableError("x").extra).toEqual({});
  });

  it("name the body limit only when it is known", () => {
    expect(problem(new PayloadTooLargeError("Zu groß.", 262144))).toMatchObject({
      status: 413,
      type: "payload-too-large",
      title: "Anfrage zu groß",
      extra: { limitBytes: 262144 },
    });
    expect(new PayloadTooLargeError("Zu groß.").extra).toEqual({});
  });

  it("say when to retry a temporary failure (1 s unless told)", () => {
    const e = new ServiceUnavailableError("Gleich wieder.");
    expect(problem(e)).toMatchObject({
      status: 503,
      type: "service-unavailable",
      title: "Vorübergehend nicht verfügbar",
    });
    expect(e.retryAfterSeconds).toBe(1);
    expect(new ServiceUnavailableError("Später.", 30).retryAfterSeconds).toBe(30);
  });
});

describe("ValidationError", () => {
  const fieldErrors = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ path: `items.${i}`, message: "ungültig" }));

  it("lists the bad fields in its detail; the body itself is '(body)'", () => {
    const e = new ValidationError([
      { path: "title", message: "zu kurz" },
      { path: "", message: "kein Objekt" },
    ]);
    expect(problem(e)).toEqual({
      name: "ValidationError",
      status: 400,
      type: "validation-error",
      title: "Ungültige Eingabe",
      detail: "Die Anfrage ist ungültig: title, (body)",
      extra: { errors: e.errors },
      expose: true,
    });
    expect(e.errors).toHaveLength(2);
    expect(new ValidationError([{ path: "a", message: "m" }], "Eigener Text.").message).toBe("Eigener Text.");
  });

  it("lists at most 50 fields and counts the rest", () => {
    expect(MAX_FIELD_ERRORS).toBe(50);
    const exactly = new ValidationError(fieldErrors(50));
    expect(exactly.errors).toHaveLength(50);
    expect(exactly.message).toMatch(/items\.49$/);
    const more = new ValidationError(fieldErrors(53));
    expect(more.errors).toEqual(fieldErrors(50));
    expect(more.extra).toEqual({ errors: fieldErrors(50) });
    expect(more.message).toMatch(
      /^Die Anfrage ist ungültig: items\.0, items\.1, .*, items\.49 und 3 weitere$/,
    );
  });
});
