import middy from "@middy/core";
import type { APIGatewayProxyEventV2WithJWTAuthorizer, Context } from "aws-lambda";
import { UnauthorizedError, ValidationError } from "../domain/errors.ts";
import type * as z from "../schemas/z.ts";
import { type Logger, logger as rootLogger } from "./logger.ts";
import { type Principal, principalFromClaims } from "./principal.ts";
import { problem, problemJson } from "./problem-middleware.ts";
import type { ApiResult } from "./response.ts";
import type { TokenVerifier } from "./token-verifier.ts";
import { parseOrThrow } from "./validation.ts";

export type ApiEvent = APIGatewayProxyEventV2WithJWTAuthorizer;
export type Auth = "none" | "optional" | "required";

export interface ApiRequest<B, Q> {
  event: ApiEvent;
  principal: Principal | undefined;
  body: B;
  query: Q;
  params: Record<string, string | undefined>;
  header(name: string): string | undefined;
  log: Logger;
}

interface ApiContext extends Context {
  log: Logger;
  principal?: Principal;
  body?: unknown;
  query?: unknown;
}

interface Spec<B extends z.ZodMiniType | undefined, Q extends z.ZodMiniType | undefined> {
  auth: Auth;
  verifyToken?: TokenVerifier;
  body?: B;
  query?: Q;
}

type Out<S> = S extends z.ZodMiniType ? z.infer<S> : undefined;
type Middleware = middy.MiddlewareObj<ApiEvent, ApiResult, Error, ApiContext>;

const requestLogging = (): Middleware => ({
  before: async ({ event, context }) => {
    context.log = rootLogger.child({ requestId: event.requestContext?.requestId, route: event.routeKey });
  },
});

const authContext = (auth: Auth, verifyToken?: TokenVerifier): Middleware => ({
  before: async ({ event, context }) => {
    // The JWT authorizer (API Gateway, or local/authorizer.ts) has verified the token already…
    let principal = principalFromClaims(event.requestContext?.authorizer?.jwt?.claims);
    // …except on public routes without one, where the function checks a token it is sent.
    const bearer = /^Bearer (.+)$/i.exec(event.headers?.authorization ?? "")?.[1];
    if (!principal && auth === "optional" && bearer && verifyToken) {
      const claims = await verifyToken(bearer).catch(() => {
        throw new UnauthorizedError("Ungültiges oder abgelaufenes Token.");
      });
      principal = principalFromClaims(claims);
    }
    if (auth === "required" && !principal) throw new UnauthorizedError();
    context.principal = principal;
  },
});

function decodeBody(event: ApiEvent): unknown {
  if (event.body === undefined || event.body === "") return undefined;
  const text = event.isBase64Encoded ? Buffer.from(event.body, "base64").toString("utf8") : event.body;
  try {
    return JSON.parse(text);
  } catch {
    throw new ValidationError([{ path: "", message: "Der Body ist kein gültiges JSON." }]);
  }
}

const parseInput = (body?: z.ZodMiniType, query?: z.ZodMiniType): Middleware => ({
  before: async ({ event, context }) => {
    context.body = body ? parseOrThrow(body, decodeBody(event)) : undefined;
    context.query = query ? parseOrThrow(query, event.queryStringParameters ?? {}, ["query"]) : undefined;
  },
});

/**
 * Builds one route's Lambda handler: logging → auth context → zod parsing → fn, with the
 * problem+json error mapper registered first so middy runs its onError last (outermost).
 */
export function apiHandler<
  B extends z.ZodMiniType | undefined = undefined,
  Q extends z.ZodMiniType | undefined = undefined,
>(spec: Spec<B, Q>, fn: (request: ApiRequest<Out<B>, Out<Q>>) => Promise<ApiResult>): RouteHandler {
  const handler = middy<ApiEvent, ApiResult, Error, ApiContext>()
    .use(problemJson(rootLogger))
    .use(requestLogging())
    .use(authContext(spec.auth, spec.verifyToken))
    .use(parseInput(spec.body, spec.query))
    .handler(async (event, context) =>
      fn({
        event,
        principal: context.principal,
        body: context.body as Out<B>,
        query: context.query as Out<Q>,
        params: event.pathParameters ?? {},
        header: (name) => event.headers?.[name.toLowerCase()],
        log: context.log,
      }),
    );
  // Middlewares keep per-request state on the context: give each invocation its own, so
  // concurrent invocations (local server, tests) never share it.
  return (event, context) => handler(event, { ...context } as ApiContext) as Promise<ApiResult>;
}

export type RouteHandler = (event: ApiEvent, context: Context) => Promise<ApiResult>;

/** One Lambda per route group: dispatch on the API Gateway routeKey ("GET /things/{id}"). */
export function dispatch(routes: Record<string, RouteHandler>): RouteHandler {
  return async (event, context) => {
    const route = routes[event.routeKey];
    if (!route) return problem(404, "not-found", "Nicht gefunden", `Keine Route ${event.routeKey}.`);
    return route(event, context);
  };
}
