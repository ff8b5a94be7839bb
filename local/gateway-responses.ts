import { problem } from "../shared/http/problem-middleware.ts";
import type { ApiResult } from "../shared/http/response.ts";

/** The answers the local gateway gives itself, before any function runs — all problem+json. */
const withHeaders = (result: ApiResult, headers: Record<string, string>): ApiResult => ({
  ...result,
  headers: { ...result.headers, ...headers },
});

export const notFound = (method: string, rawPath: string) =>
  problem(404, "not-found", "Nicht gefunden", `Keine Route für ${method} ${rawPath}.`);

export function notAllowed(allow: string[]): ApiResult {
  const result = problem(405, "method-not-allowed", "Methode nicht erlaubt", `Erlaubt: ${allow.join(", ")}.`);
  return withHeaders(result, { allow: allow.join(", ") });
}

export const tooLarge = (limitBytes: number) =>
  problem(
    413,
    "payload-too-large",
    "Anfrage zu groß",
    `Höchstens ${limitBytes / 1024 / 1024} MB je Anfrage.`,
  );

const UNAUTHORIZED = {
  missing: "Anmeldung erforderlich: gültiges Bearer-Token fehlt.",
  expired: "Das Token ist abgelaufen.",
  invalid: "Das Token ist ungültig.",
};

export function unauthorized(reason: keyof typeof UNAUTHORIZED): ApiResult {
  const result = problem(401, "unauthorized", "Nicht angemeldet", UNAUTHORIZED[reason]);
  // The challenge API Gateway's JWT authorizer sends along.
  const challenge = reason === "missing" ? "Bearer" : 'Bearer error="invalid_token"';
  return withHeaders(result, { "www-authenticate": challenge });
}

/** A request addressed to another host name (DNS rebinding): answered by no route, no token. */
export const misdirected = () =>
  problem(
    421,
    "misdirected-request",
    "Falscher Host",
    "Der lokale Server antwortet nur unter localhost, 127.0.0.1 oder [::1].",
  );

export const internalError = () =>
  problem(500, "internal", "Interner Fehler", "Ein unerwarteter Fehler ist aufgetreten.");
