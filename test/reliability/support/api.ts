import { decisionRoutes } from "../../../functions/decisions/routes.ts";
import { employerRoutes } from "../../../functions/employers/routes.ts";
import { candidateRoutes } from "../../../functions/candidates/routes.ts";
import { handoutRoutes } from "../../../functions/handouts/routes.ts";
import { importRoutes } from "../../../functions/imports/routes.ts";
import { matchRoutes } from "../../../functions/matches/routes.ts";
import { notificationRoutes } from "../../../functions/notifications/routes.ts";
import { organisationRoutes } from "../../../functions/organisations/routes.ts";
import { handler as meta } from "../../../functions/meta/index.ts";
import { handler as reference } from "../../../functions/reference/index.ts";
import { referralRoutes } from "../../../functions/referrals/routes.ts";
import { statisticsRoutes } from "../../../functions/statistics/routes.ts";
import { dispatch, type RouteHandler } from "../../../shared/http/api-handler.ts";
import { listingHandlers } from "../../../shared/http/listing-handlers.ts";
import { mentoringPlaceResource, qualificationOfferResource } from "../../../shared/app/listing-resources.ts";
import type { Role } from "../../../shared/http/principal.ts";
import { routes } from "../../../shared/http/routes.ts";
import type { Deps } from "../../../shared/runtime.ts";
import { invoke } from "../../support/events.ts";
import type { TestServer } from "../../support/local-server.ts";

/** One way to call a route, the same whether through the local server or straight into the handler. */
export interface Caller {
  role: Role;
  org: string;
}
export interface Call {
  caller?: Caller;
  /** A raw Authorization value (HTTP only): overrides `caller`, for forged and broken tokens. */
  authorization?: string;
  params?: Record<string, string>;
  query?: string;
  body?: unknown;
  headers?: Record<string, string>;
}
export interface Answer {
  status: number;
  headers: Record<string, string>;
  body: unknown;
  /** The raw body, for "contains no foreign data" checks. */
  text: string;
}
export type Api = (routeKey: string, call?: Call) => Promise<Answer>;

export const subOf = (caller: Caller) => `${caller.role}-${caller.org}`;
const fill = (path: string, params: Record<string, string> = {}) =>
  path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ""));

/** Each route group's handler over `deps`, built as functions/<group>/index.ts builds it. */
const GROUPS: Record<string, (deps: Deps) => RouteHandler> = {
  meta: () => meta,
  reference: () => reference,
  "mentoring-places": (deps) => dispatch(listingHandlers(mentoringPlaceResource, deps)),
  "qualification-offers": (deps) => dispatch(listingHandlers(qualificationOfferResource, deps)),
  matches: (deps) => dispatch(matchRoutes(deps)),
  candidates: (deps) => dispatch(candidateRoutes(deps)),
  handouts: (deps) => dispatch(handoutRoutes(deps)),
  referrals: (deps) => dispatch(referralRoutes(deps)),
  decisions: (deps) => dispatch(decisionRoutes(deps)),
  statistics: (deps) => dispatch(statisticsRoutes(deps)),
  imports: (deps) => dispatch(importRoutes(deps)),
  organisations: (deps) => dispatch(organisationRoutes(deps)),
  notifications: (deps) => dispatch(notificationRoutes(deps)),
  employers: (deps) => dispatch(employerRoutes(deps)),
};

/** Straight into the handlers (fast): claims as the JWT authorizer would pass them. */
export function directApi(deps: Deps): Api {
  const handlers = new Map<string, RouteHandler>();
  const handlerFor = (routeKey: string) => {
    const route = routes.find((r) => `${r.method} ${r.path}` === routeKey);
    if (!route) throw new Error(`No route ${routeKey} in the route table`);
    const build = GROUPS[route.group];
    if (!build) throw new Error(`test/reliability/support/api.ts knows no route group "${route.group}"`);
    const handler = handlers.get(route.group) ?? build(deps);
    handlers.set(route.group, handler);
    return handler;
  };
  return async (routeKey, call = {}) => {
    const { caller, params, query, body, headers } = call;
    const res = await invoke(handlerFor(routeKey), routeKey, {
      params,
      query,
      body,
      headers,
      ...(caller ? { caller: { ...caller, sub: subOf(caller) } } : {}),
    });
    const text = typeof res.body === "string" ? res.body : JSON.stringify(res.body);
    const flat = Object.fromEntries(
      Object.entries(res.headers).map(([k, v]) => [k.toLowerCase(), String(v)]),
    );
    return { status: res.status, headers: flat, body: res.body, text };
  };
}

/** Through the local server: real tokens from POST /dev/token, the local JWT authorizer, payload v2. */
export function httpApi(server: Pick<TestServer, "url" | "token">): Api {
  const tokens = new Map<string, Promise<string>>();
  const tokenFor = (caller: Caller) => {
    const key = subOf(caller);
    const token = tokens.get(key) ?? server.token(caller.role, caller.org, key);
    tokens.set(key, token);
    return token;
  };
  return async (routeKey, call = {}) => {
    const [method = "GET", path = "/"] = routeKey.split(" ");
    const authorization =
      call.authorization ?? (call.caller ? `Bearer ${await tokenFor(call.caller)}` : undefined);
    const res = await fetch(`${server.url}${fill(path, call.params)}${call.query ? `?${call.query}` : ""}`, {
      method,
      headers: {
        ...(call.body !== undefined ? { "content-type": "application/json" } : {}),
        ...(authorization ? { authorization } : {}),
        ...call.headers,
      },
      ...(call.body !== undefined
        ? { body: typeof call.body === "string" ? call.body : JSON.stringify(call.body) }
        : {}),
    });
    const text = await res.text();
    const json = /json/.test(res.headers.get("content-type") ?? "") && text;
    return {
      status: res.status,
      headers: Object.fromEntries(res.headers),
      body: json ? JSON.parse(text) : text,
      text,
    };
  };
}
