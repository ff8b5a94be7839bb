import type middy from "@middy/core";
import type { APIGatewayProxyEventV2 } from "aws-lambda";
import { DomainError, ServiceUnavailableError } from "../domain/errors.ts";
import type { Logger } from "../logger.ts";
import type { ApiResult } from "./response.ts";
import { withSecurityHeaders } from "./security-headers.ts";

const PROBLEM_BASE = "https://passung.example.org/problems/";

export function problem(status: number, type: string, title: string, detail?: string, extra = {}): ApiResult {
  // Problems are built outside the middleware chain too (dispatch, the local gateway).
  return withSecurityHeaders({
    statusCode: status,
    headers: { "content-type": "application/problem+json; charset=utf-8" },
    body: JSON.stringify({ type: PROBLEM_BASE + type, title, status, detail, ...extra }),
  });
}

// Names and codes of SDK and network errors that mean "DynamoDB is unreachable, slow or
// overloaded right now" — never "this request is wrong". Matched by name, so this module (and
// every function bundle) stays free of the SDK.
const TRANSIENT_NAMES = new Set([
  "TimeoutError",
  "RequestTimeout",
  "RequestTimeoutException",
  "ProvisionedThroughputExceededException",
  "ThrottlingException",
  "RequestLimitExceeded",
  "InternalServerError",
  "ServiceUnavailable",
  "ServiceUnavailableException",
  "TransactionConflictException",
  "TransactionInProgressException",
]);
const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ECONNABORTED",
  "ETIMEDOUT",
  "EPIPE",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
]);
const TRANSIENT_CANCELLATIONS = new Set([
  "TransactionConflict",
  "ThrottlingError",
  "ProvisionedThroughputExceeded",
]);

type SdkError = Error & { code?: unknown; $fault?: unknown; CancellationReasons?: { Code?: string }[] };

/** True for errors a retry a little later can cure: connection failures, timeouts, throttling, server faults. */
export function isTransient(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const e = error as SdkError;
  if (TRANSIENT_NAMES.has(e.name) || e.$fault === "server") return true;
  if (typeof e.code === "string" && NETWORK_CODES.has(e.code)) return true;
  if (error instanceof AggregateError) return error.errors.some(isTransient);
  // A cancelled transaction whose only reasons are conflicts or throttling (not a failed condition).
  const reasons = (e.CancellationReasons ?? []).flatMap((r) => (r.Code && r.Code !== "None" ? [r.Code] : []));
  return reasons.length > 0 && reasons.every((code) => TRANSIENT_CANCELLATIONS.has(code));
}

/** How long a client should wait after DynamoDB was unreachable: the SDK has retried already. */
export const OUTAGE_RETRY_AFTER_SECONDS = 5;

const unavailable = () =>
  new ServiceUnavailableError(
    "Die Datenbank ist gerade nicht erreichbar; bitte in einigen Sekunden erneut versuchen.",
    OUTAGE_RETRY_AFTER_SECONDS,
  );

/**
 * The one error mapper: domain errors become RFC 9457 problem+json, transient database failures
 * a 503 (every 503 with `Retry-After`), and anything unknown is logged with its stack and
 * answered with a bare 500 that leaks nothing.
 */
export function problemJson(fallback: Logger): middy.MiddlewareObj<APIGatewayProxyEventV2, ApiResult> {
  return {
    onError: async (request) => {
      const error = request.error;
      // The request's own logger (correlation id, route, role, org) once api-handler set it up.
      const log =
        (request.context as { log?: Logger }).log ??
        fallback.child({ correlation_id: request.event.requestContext?.requestId });
      let known = error instanceof DomainError ? error : undefined;
      if (!known && isTransient(error)) {
        log.warn("database unavailable", {
          error: { name: error?.name, message: error?.message },
        });
        known = unavailable();
      }
      if (known) {
        const response = problem(known.statusCode, known.type, known.title, known.message, known.extra);
        // Every 503 says when to come back; a plain DomainError(503) soon.
        if (known.statusCode === 503) {
          const seconds = known instanceof ServiceUnavailableError ? known.retryAfterSeconds : 1;
          response.headers = { ...response.headers, "retry-after": String(seconds) };
        }
        request.response = response;
        return;
      }
      log.error("unhandled error", {
        error:
          error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : error,
      });
      request.response = problem(
        500,
        "internal",
        "Interner Fehler",
        "Ein unerwarteter Fehler ist aufgetreten.",
      );
    },
  };
}
