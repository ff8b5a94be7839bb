import type * as z from "../schemas/z.ts";
import { importResult } from "../schemas/import.ts";
import { importProblem, problem } from "../schemas/problem.ts";
import type { Json, schemaConverter } from "./openapi-schemas.ts";
import { type Route, takesIfMatch } from "./routes.ts";

const ref = (kind: string, name: string) => ({ $ref: `#/components/${kind}/${name}` });

/** Every problem answer is problem+json (problem-middleware.ts, local/gateway-responses.ts). */
const ERRORS = {
  400: ["BadRequest", "Invalid request; `errors` names every bad field"],
  401: ["Unauthorized", "No valid bearer token"],
  403: ["Forbidden", "The caller's role may not do this"],
  404: ["NotFound", "No such resource, or not one the caller may see"],
  409: [
    "Conflict",
    "Conflicts with the current state (no free seat, already proposed, a retry still running)",
  ],
  410: ["Gone", "The link expired, was used, or its proposal is closed (`reason`: expired, used, closed)"],
  412: ["PreconditionFailed", "If-Match is stale: reload and retry"],
  413: ["PayloadTooLarge", "The body is larger than the route accepts (JSON: 256 KB)"],
  415: ["UnsupportedMediaType", "The upload is not text/csv"],
  422: ["Unprocessable", "The Idempotency-Key was used for another request"],
  428: ["PreconditionRequired", "If-Match is missing"],
  500: ["InternalError", "Unexpected error; the answer reveals nothing"],
  503: ["ServiceUnavailable", "The database is briefly unavailable: retry after Retry-After seconds"],
} as const;
type ErrorStatus = keyof typeof ERRORS;

/** A CSV import's 422 lists the rows at fault; its other problems are the usual ones. */
const IMPORT_PROBLEMS = { description: "Invalid rows (row, column, message); nothing was written" };

export /** Which problems a route can answer, from what it takes: a body, parameters, a token, If-Match. */
function problemsOf(route: Route, pathParams: string[]): Record<ErrorStatus, boolean> {
  const write = route.method !== "GET";
  const ifMatch = takesIfMatch(route);
  return {
    400: route.body !== undefined || route.query !== undefined || pathParams.length > 0 || write,
    401: route.auth !== "none",
    403: route.auth !== "none",
    404: pathParams.length > 0,
    409: write,
    410: route.gone === true,
    412: ifMatch,
    // Every write reads its body, whatever the route does with it (DELETE included).
    413: write,
    415: route.response === importResult,
    422: route.method === "POST",
    428: ifMatch,
    500: true,
    503: true,
  };
}

/** An operation's problem answers, as references to the shared ones. */
export function problemRefs(route: Route, pathParams: string[]): Record<string, Json> {
  const problems = problemsOf(route, pathParams);
  return {
    ...Object.fromEntries(
      Object.entries(ERRORS).flatMap(([code, [name]]) =>
        problems[Number(code) as ErrorStatus] ? [[code, ref("responses", name)]] : [],
      ),
    ),
    ...(route.response === importResult && { 422: ref("responses", "InvalidRows") }),
  };
}

/** The problem answers every operation refers to, by name. */
export function problemResponses(schemas: ReturnType<typeof schemaConverter>): Record<string, Json> {
  const problemJson = (schema: z.ZodMiniType = problem) => ({
    "application/problem+json": { schema: schemas.output(schema) },
  });
  const retryAfter = { "Retry-After": ref("headers", "RetryAfter") };
  return {
    ...Object.fromEntries(
      Object.entries(ERRORS).map(([code, [name, description]]) => [
        name,
        { description, ...(code === "503" && { headers: retryAfter }), content: problemJson() },
      ]),
    ),
    InvalidRows: { ...IMPORT_PROBLEMS, content: problemJson(importProblem) },
    Deleted: { description: "The draft is deleted" },
  };
}
