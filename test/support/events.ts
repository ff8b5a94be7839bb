import type { Context } from "aws-lambda";
import { buildApiEvent } from "../../local/api-event.ts";
import type { RouteHandler } from "../../shared/http/api-handler.ts";
import type { Role } from "../../shared/http/principal.ts";
import { checkAnswer } from "./openapi-check.ts";

export interface Caller {
  role: Role | Role[];
  org: string;
  sub?: string;
}

/** Claims as an ID token from Cognito carries them. */
export const claimsFor = (caller: Caller) => ({
  sub: caller.sub ?? `user-${caller.org}`,
  "cognito:groups": Array.isArray(caller.role) ? caller.role : [caller.role],
  "custom:org": caller.org,
  token_use: "id",
});

const context = { awsRequestId: "test", functionName: "test" } as Context;

/**
 * Invokes a route group's handler as API Gateway would for `METHOD /path/{param}` with the given
 * concrete values. Returns status, headers and the parsed JSON body. Every answer is checked against
 * the OpenAPI document (openapi-check.ts).
 */
export async function invoke(
  handler: RouteHandler,
  routeKey: string,
  options: {
    params?: Record<string, string>;
    query?: string;
    body?: unknown;
    headers?: Record<string, string>;
    caller?: Caller;
  } = {},
) {
  const [method = "GET", routePath = "/"] = routeKey.split(" ");
  const rawPath = routePath.replace(/\{(\w+)\}/g, (_, name: string) => options.params?.[name] ?? "");
  const event = buildApiEvent({
    method,
    routePath,
    rawPath,
    pathParameters: options.params,
    rawQueryString: options.query,
    headers: { "content-type": "application/json", ...options.headers },
    body:
      options.body === undefined
        ? undefined
        : typeof options.body === "string"
          ? options.body
          : JSON.stringify(options.body),
    claims: options.caller ? claimsFor(options.caller) : undefined,
  });
  const result = await handler(event, context);
  checkAnswer(method, routePath, result);
  const text = result.body ?? "";
  const contentType = String(result.headers?.["content-type"] ?? "");
  return {
    status: result.statusCode ?? 200,
    headers: result.headers ?? {},
    body: contentType.includes("json") && text ? JSON.parse(text) : text,
  };
}
