import type * as z from "../schemas/z.ts";
import { type ApiRequest, apiHandler, type RouteHandler } from "./api-handler.ts";
import type { Principal } from "./principal.ts";
import type { ApiResult } from "./response.ts";
import { type Route, routeKey, type RouteTable, routes } from "./routes.ts";
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

const byKey = new Map<string, Route>(routes.map((route) => [routeKey(route), route]));

export interface HandleOptions {
  /** For "optional" routes: verifies a token the caller sends (no authorizer there on AWS). */
  verifyToken?: TokenVerifier | undefined;
  /** Overrides the table's body limit (tests of the import limits). */
  maxBodyBytes?: number;
}

/**
 * The handler of one route of the table: auth, roles, body and query schemas and the body limit
 * come from the table entry, so the handler holds only its use case.
 */
export function handle<K extends RouteKey>(
  key: K,
  fn: (request: RequestOf<K>) => Promise<ApiResult>,
  options: HandleOptions = {},
): RouteHandler {
  const route = byKey.get(key);
  if (!route) throw new Error(`No route ${key} in the route table`);
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
}
