import middy from "@middy/core";
import type { APIGatewayProxyEventV2WithJWTAuthorizer, Context } from "aws-lambda";
import { NotFoundError, UnauthorizedError } from "../domain/errors.ts";
import type * as z from "../schemas/z.ts";
import { type Logger, logger as rootLogger, withLambdaContext } from "../logger.ts";
import { type Principal, principalFromClaims, requireRole, type Role } from "./principal.ts";
import { problem, problemJson } from "./problem-middleware.ts";
import { securityHeaders } from "./security-headers.ts";
import type { ApiResult } from "./response.ts";
import type { TokenVerifier } from "../token-verifier.ts";
import { parseOrThrow } from "../domain/validation.ts";
import { bodyBytes, MAX_JSON_BODY_BYTES, parseBody, parseJson } from "./request-body.ts";

// The body's bytes, JSON and storable numbers are read in request-body.ts; callers import the limit here.
export { MAX_JSON_BODY_BYTES } from "./request-body.ts";

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
  /** Roles that may call (403 otherwise), checked once the input has been read. */
  roles?: readonly Role[];
  body?: B;
  query?: Q;
  /** Largest body accepted (decoded bytes); JSON routes keep the default, uploads may raise it. */
  maxBodyBytes?: number;
}

/** Ids and codes are short; a longer path parameter names nothing (and DynamoDB refuses keys over 2 KB). */
const MAX_PATH_PARAMETER_BYTES = 256;

type Out<S> = S extends z.ZodMiniType ? z.infer<S> : undefined;
type Middleware = middy.MiddlewareObj<ApiEvent, ApiResult, Error, ApiContext>;

/** Every line of the request carries API Gateway's request id and the route (the Lambda context: below). */
const requestLogging = (): Middleware => ({
  before: async ({ event, context }) => {
    context.log = rootLogger.child({
      correlation_id: event.requestContext?.requestId,
      route: event.routeKey,
    });
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
    // Who asks (never whom it is about): role and organisation on every following line.
    if (principal) context.log = context.log.child({ role: principal.roles.join(","), org: principal.org });
  },
});

const parseInput = (maxBodyBytes: number, body?: z.ZodMiniType, query?: z.ZodMiniType): Middleware => ({
  before: async ({ event, context }) => {
    const params = Object.values(event.pathParameters ?? {});
    if (params.some((value) => Buffer.byteLength(value ?? "") > MAX_PATH_PARAMETER_BYTES))
      throw new NotFoundError();
    const bytes = bodyBytes(event, maxBodyBytes);
    context.body = body ? parseBody(body, parseJson(bytes)) : undefined;
    context.query = query ? parseOrThrow(query, event.queryStringParameters ?? {}, ["query"]) : undefined;
  },
});

/** After parsing, as before: a body with an unknown field is a 400 whoever sends it. */
const roleGate = (roles: readonly Role[] | undefined): Middleware => ({
  before: async ({ context }) => {
    if (roles) requireRole(context.principal, ...roles);
  },
});

/**
 * Builds one route's Lambda handler: logging → auth context → zod parsing → roles → fn, with the
 * problem+json error mapper registered first so middy runs its onError last (outermost).
 */
export function apiHandler<
  B extends z.ZodMiniType | undefined = undefined,
  Q extends z.ZodMiniType | undefined = undefined,
>(spec: Spec<B, Q>, fn: (request: ApiRequest<Out<B>, Out<Q>>) => Promise<ApiResult>): RouteHandler {
  const handler = middy<ApiEvent, ApiResult, Error, ApiContext>()
    .use(securityHeaders())
    .use(problemJson(rootLogger))
    .use(requestLogging())
    .use(authContext(spec.auth, spec.verifyToken))
    .use(parseInput(spec.maxBodyBytes ?? MAX_JSON_BODY_BYTES, spec.body, spec.query))
    .use(roleGate(spec.roles))
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
  // concurrent invocations (local server, tests) never share it — nor their log lines' Lambda context.
  return (event, context) =>
    withLambdaContext(context, () => handler(event, { ...context } as ApiContext) as Promise<ApiResult>);
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
