import type * as z from "../schemas/z.ts";
import { type ApiRequest, apiHandler, type RouteHandler } from "./api-handler.ts";
import type { Principal } from "./principal.ts";
import type { ApiResult } from "./response.ts";
// Types only: the whole table (every area's schemas) is built where it is read at run time — the
// local server, infra, GET /openapi.json — never in a function that serves one area.
import type { RouteTable } from "./routes.ts";
import { type Route, routeKey } from "./routes/route.ts";
import type { TokenVerifier } from "../token-verifier.ts";

type Table = RouteTable[number];
type KeyOf<R> = R extends { readonly method: infer M extends string; readonly path: infer P extends string }
  ? `${M} ${P}`
  : never;

/** "METHOD /path" of every route in the table. */
export type RouteKey = KeyOf<Table>;
type EntryOf<K> = Table extends infer R
  ? R extends unknown
    ? KeyOf<R> extends K
      ? R
      : never
    : never
  : never;
type Parsed<E, F extends "body" | "query"> = E extends { readonly [P in F]: infer S extends z.ZodMiniType }
  ? z.infer<S>
  : undefined;

type Caller<E> = E extends { readonly auth: "required" } ? Principal : Principal | undefined;

/** What the handler of route K receives: body and query as the table's schemas output them. */
export type RequestOf<K extends RouteKey> = Omit<
  ApiRequest<Parsed<EntryOf<K>, "body">, Parsed<EntryOf<K>, "query">>,
  "principal"
> & { principal: Caller<EntryOf<K>> };

export interface HandleOptions {
  /** For "optional" routes: verifies a token the caller sends (no authorizer there on AWS). */
  verifyToken?: TokenVerifier | undefined;
  /** Overrides the table's body limit (tests of the import limits). */
  maxBodyBytes?: number;
}

/** Builds a route's handler from its entry in the table; `handlerFor` returns one per area. */
export type Handle = <K extends RouteKey>(
  key: K,
  fn: (request: RequestOf<K>) => Promise<ApiResult>,
  options?: HandleOptions,
) => RouteHandler;

/**
 * The handlers of one area of the table (routes/<area>.ts): auth, roles, body and query schemas
 * and the body limit come from the area's entry, so the handler holds only its use case. A
 * function reads its own area only: zod builds schemas when their module is evaluated, and the
 * whole table (every area's bodies, queries and answers) added about a fifth of the bare DynamoDB
 * handler's import time to every function's cold start (npm run bench).
 */
export function handlerFor(area: readonly Route[]): Handle {
  const byKey = new Map<string, Route>(area.map((route) => [routeKey(route), route]));
  return (key, fn, options = {}) => {
    const route = byKey.get(key);
    if (!route) throw new Error(`No route ${key} in this area of the route table`);
    return apiHandler(
      {
        auth: route.auth,
        roles: route.admits ?? route.roles,
        body: route.body,
        query: route.query,
        maxBodyBytes: options.maxBodyBytes ?? route.maxBodyBytes,
        ...(options.verifyToken ? { verifyToken: options.verifyToken } : {}),
      },
      fn as (request: ApiRequest<unknown, unknown>) => Promise<ApiResult>,
    );
  };
}
