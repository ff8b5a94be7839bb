import type middy from "@middy/core";
import type { APIGatewayProxyEventV2 } from "aws-lambda";
import type { ApiResult } from "./response.ts";

/**
 * Headers every API answer carries, problem+json included:
 * - `X-Content-Type-Options: nosniff`, so no browser reads a JSON or CSV answer as HTML/script;
 * - `Cache-Control: no-store`, unless the route opted in to shared caching with `public, …`
 *   (reference data, the OpenAPI document: the same for every caller). Everything else may hold
 *   personal data or depends on who asks (scope, role, `Accept`), so no browser, proxy or CDN
 *   keeps a copy. A `private, …` setting is not honoured: the answer would also need
 *   `Vary: Authorization, Accept` and still stay on a shared computer's disk after sign-out, for
 *   little gain (the statistics read ~25 Query calls).
 */
const SHARED_CACHING = /^\s*public\b/i;

export function withSecurityHeaders(result: ApiResult): ApiResult {
  const headers: Record<string, string | number | boolean> = {};
  let cacheControl: string | undefined;
  for (const [name, value] of Object.entries(result.headers ?? {})) {
    const key = name.toLowerCase();
    if (key === "cache-control") cacheControl = String(value);
    else if (key !== "x-content-type-options") headers[name] = value;
  }
  headers["cache-control"] = cacheControl && SHARED_CACHING.test(cacheControl) ? cacheControl : "no-store";
  headers["x-content-type-options"] = "nosniff";
  return { ...result, headers };
}

/** Registered first, so it runs last: after the handler and after the problem+json mapper. */
export function securityHeaders(): middy.MiddlewareObj<APIGatewayProxyEventV2, ApiResult> {
  const apply = async (request: middy.Request<APIGatewayProxyEventV2, ApiResult>) => {
    if (request.response) request.response = withSecurityHeaders(request.response);
  };
  return { after: apply, onError: apply };
}
