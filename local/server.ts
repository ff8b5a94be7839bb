import { createServer, type IncomingMessage, type Server } from "node:http";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Auth } from "../shared/http/api-handler.ts";
import { logger } from "../shared/logger.ts";
import type { ApiResult } from "../shared/http/response.ts";
import { type Route, routes as routeTable } from "../shared/http/routes.ts";
import { buildApiEvent } from "./api-event.ts";
import type { LocalAuthorizer, Verification } from "./authorizer.ts";
import { DEV_TOKEN_PATH, devToken } from "./dev-token.ts";
import { type GroupLoader, importFunctions, invokeFunction, oncePerGroup } from "./function-runner.ts";
import {
  internalError,
  misdirected,
  notAllowed,
  notFound,
  tooLarge,
  unauthorized,
} from "./gateway-responses.ts";
import { eventBody, readBody, writeResult } from "./http-io.ts";
import { isLoopbackHost } from "./loopback-host.ts";
import { matchRoute } from "./route-match.ts";
import { staticFile } from "./static-site.ts";

/**
 * The local API Gateway: route table → JWT authorizer → payload-v2 event → the route group's
 * Lambda handler, with API Gateway's limits. Everything else about a request is the handlers' job.
 */
const REPO_ROOT = fileURLToPath(new URL("..", import.meta.url));

/** API Gateway HTTP API: 10 MB request payload, 30 s integration timeout. */
export const API_LIMITS = { maxBodyBytes: 10 * 1024 * 1024, timeoutMs: 30_000 };

export interface LocalServerOptions {
  /** Put on process.env before any handler is imported: handlers read it once at cold start. */
  env: { TABLE_NAME: string; DYNAMODB_ENDPOINT?: string; [name: string]: string | undefined };
  authorizer: LocalAuthorizer;
  /** Defaults to the one route table (shared/http/routes.ts). */
  routes?: readonly Route[];
  /** Defaults to importing functions/<group>/index.ts. */
  loadGroup?: GroupLoader;
  /** Built web pages, served for GET paths no route claims; default web/dist. */
  webRoot?: string;
  limits?: Partial<typeof API_LIMITS>;
  /** Sees every answer before it is sent (tests check each one against the OpenAPI document). */
  onAnswer?: (method: string, rawPath: string, result: ApiResult) => void;
}

export interface LocalServer {
  server: Server;
  /** Binds to 127.0.0.1 (port 0: any free port); resolves to the base URL. */
  listen(port: number): Promise<string>;
  /** Stops accepting connections; resolves once open ones have finished. */
  close(): Promise<void>;
}

function splitUrl(url = "/") {
  const q = url.indexOf("?");
  return q < 0
    ? { rawPath: url, rawQueryString: "" }
    : { rawPath: url.slice(0, q), rawQueryString: url.slice(q + 1) };
}

export function createLocalServer(options: LocalServerOptions): LocalServer {
  for (const [name, value] of Object.entries(options.env)) if (value !== undefined) process.env[name] = value;
  const routes = options.routes ?? routeTable;
  const load = oncePerGroup(options.loadGroup ?? importFunctions(join(REPO_ROOT, "functions")));
  const webRoot = options.webRoot ?? join(REPO_ROOT, "web", "dist");
  const limits = { ...API_LIMITS, ...options.limits };
  const log = logger.child({ component: "local-server" });

  // "required": the JWT authorizer guards the route. "optional": a token, when sent, must be valid.
  async function authorize(
    auth: Auth,
    authorization: string | undefined,
  ): Promise<Verification | { ok: true }> {
    if (auth === "none" || (auth === "optional" && !authorization)) return { ok: true };
    return options.authorizer.verify(authorization);
  }

  async function answer(req: IncomingMessage): Promise<ApiResult> {
    if (!isLoopbackHost(req.headers.host)) return misdirected();
    const method = req.method ?? "GET";
    const { rawPath, rawQueryString } = splitUrl(req.url);
    const body = await readBody(req, limits.maxBodyBytes);
    if (!body) return tooLarge(limits.maxBodyBytes);
    if (rawPath === DEV_TOKEN_PATH)
      return method === "POST" ? devToken(options.authorizer, body) : notAllowed(["POST"]);

    const match = matchRoute(routes, method, rawPath);
    if (match.kind === "method-not-allowed") return notAllowed(match.allow);
    if (match.kind === "not-found") {
      const file =
        method === "GET" ? await staticFile(webRoot, rawPath, req.headers["accept-encoding"]) : undefined;
      return file ?? notFound(method, rawPath);
    }

    const verification = await authorize(match.route.auth, req.headers.authorization);
    if (!verification.ok) return unauthorized(verification.reason);
    const sourceIp = req.socket.remoteAddress?.replace(/^::ffff:/, "") ?? "127.0.0.1";
    const event = buildApiEvent({
      method,
      routePath: match.route.path,
      rawPath,
      pathParameters: match.pathParameters,
      rawQueryString,
      // API Gateway adds the x-forwarded-* headers; handlers building URLs may read them.
      headers: {
        ...req.headersDistinct,
        "x-forwarded-for": sourceIp,
        "x-forwarded-port": String(req.socket.localPort ?? ""),
        "x-forwarded-proto": "http",
      },
      body: eventBody(body, req.headers["content-type"]),
      claims: "claims" in verification ? verification.claims : undefined,
      sourceIp,
    });
    return invokeFunction({ load, group: match.route.group, event, timeoutMs: limits.timeoutMs, log });
  }

  const server = createServer((req, res) => {
    const started = performance.now();
    res.once("finish", () => {
      const ms = Math.round(performance.now() - started);
      log.info("request", {
        method: req.method,
        path: splitUrl(req.url).rawPath,
        status: res.statusCode,
        ms,
      });
    });
    answer(req)
      .then((result) => {
        options.onAnswer?.(req.method ?? "GET", splitUrl(req.url).rawPath, result);
        writeResult(res, result);
      })
      .catch((error: unknown) => {
        log.error("local server error", { error: error instanceof Error ? error.stack : String(error) });
        if (res.headersSent) return res.destroy();
        writeResult(res, internalError());
      });
  });

  return {
    server,
    listen: (port) =>
      new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, "127.0.0.1", () => {
          const address = server.address();
          resolve(`http://127.0.0.1:${typeof address === "object" && address ? address.port : port}`);
        });
      }),
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeIdleConnections();
      }),
  };
}
