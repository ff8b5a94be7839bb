import { randomBytes } from "node:crypto";
import type { ApiEvent } from "../shared/http/api-handler.ts";

/**
 * Builds the API Gateway HTTP API payload-v2 event the way AWS does (see ../shared/AWS-NOTES.md):
 * lower-case headers, duplicate headers/query values joined with commas, cookies apart, claims as
 * strings with `cognito:groups` as "[a b]". Used by the local server and by handler tests.
 */
export interface EventInput {
  method: string;
  /** Route template, e.g. "/mentoring-places/{id}" ("$default" when no route matched). */
  routePath: string;
  rawPath: string;
  pathParameters?: Record<string, string>;
  rawQueryString?: string;
  headers?: Record<string, string | string[] | undefined>;
  body?: string | Buffer;
  /** Verified JWT payload; absent for routes without the authorizer or anonymous calls. */
  claims?: Record<string, unknown>;
  sourceIp?: string;
}

export function claimsAsApiGateway(payload: Record<string, unknown>): Record<string, string> {
  const claims: Record<string, string> = {};
  for (const [key, value] of Object.entries(payload)) {
    if (Array.isArray(value)) claims[key] = `[${value.join(" ")}]`;
    else if (typeof value === "object" && value !== null) claims[key] = JSON.stringify(value);
    else claims[key] = String(value);
  }
  return claims;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** API Gateway's request time format: "12/Mar/2020:19:03:58 +0000". */
function requestTime(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  const clock = [d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()].map(pad).join(":");
  return `${pad(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${clock} +0000`;
}

/** ID tokens have no `scope` claim, and then API Gateway passes `scopes: null`. */
function jwtAuthorizer(claims: Record<string, unknown>) {
  const scopes = typeof claims.scope === "string" ? claims.scope.split(" ").filter(Boolean) : null;
  return { principalId: "", integrationLatency: 0, jwt: { claims: claimsAsApiGateway(claims), scopes } };
}

function joinedQuery(raw: string): Record<string, string> | undefined {
  if (!raw) return undefined;
  const params: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    params[key] = key in params ? `${params[key]},${value}` : value;
  }
  return params;
}

export function buildApiEvent(input: EventInput): ApiEvent {
  const headers: Record<string, string> = {};
  let cookies: string[] | undefined;
  for (const [name, value] of Object.entries(input.headers ?? {})) {
    if (value === undefined) continue;
    const key = name.toLowerCase();
    const values = Array.isArray(value) ? value : [value];
    if (key === "cookie") cookies = values.flatMap((v) => v.split(/;\s*/));
    else headers[key] = headers[key] ? `${headers[key]},${values.join(",")}` : values.join(",");
  }
  const routeKey = input.routePath === "$default" ? "$default" : `${input.method} ${input.routePath}`;
  const now = new Date();
  const binary = Buffer.isBuffer(input.body);
  const body =
    input.body === undefined
      ? undefined
      : binary
        ? (input.body as Buffer).toString("base64")
        : String(input.body);
  const rawQueryString = input.rawQueryString ?? "";
  const queryStringParameters = joinedQuery(rawQueryString);
  return {
    version: "2.0",
    routeKey,
    rawPath: input.rawPath,
    rawQueryString,
    ...(cookies ? { cookies } : {}),
    headers,
    ...(queryStringParameters ? { queryStringParameters } : {}),
    ...(input.pathParameters && Object.keys(input.pathParameters).length
      ? { pathParameters: input.pathParameters }
      : {}),
    requestContext: {
      accountId: "000000000000",
      apiId: "local",
      domainName: headers.host ?? "localhost",
      domainPrefix: "localhost",
      http: {
        method: input.method,
        path: input.rawPath,
        protocol: "HTTP/1.1",
        sourceIp: input.sourceIp ?? "127.0.0.1",
        userAgent: headers["user-agent"] ?? "",
      },
      // Same shape as AWS's ids ("Jd8xQhSYliAEMnA="): 11 random bytes, base64.
      requestId: randomBytes(11).toString("base64"),
      routeKey,
      stage: "$default",
      time: requestTime(now),
      timeEpoch: now.getTime(),
      // Routes without the authorizer (or anonymous calls) carry no `authorizer` key at all.
      ...(input.claims ? { authorizer: jwtAuthorizer(input.claims) } : {}),
    },
    ...(body !== undefined ? { body } : {}),
    isBase64Encoded: binary,
  } as ApiEvent;
}
