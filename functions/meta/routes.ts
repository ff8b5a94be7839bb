import pkg from "../../package.json" with { type: "json" };
import type { RouteHandler } from "../../shared/http/api-handler.ts";
import { buildOpenApi, type OpenApiDocument } from "../../shared/http/openapi.ts";
import { json } from "../../shared/http/response.ts";
import { handlerFor } from "../../shared/http/route-handler.ts";
import { META_ROUTES } from "../../shared/http/routes/meta.ts";
import { routes } from "../../shared/http/routes.ts";

const handle = handlerFor(META_ROUTES);

const INFO = {
  title: "Passung API",
  version: pkg.version,
  description: "Adaptation qualifications and employer mentoring places of the IQ networks, with matching.",
};

// Built on the first request and kept for the container's lifetime; the route table never changes.
let document: OpenApiDocument | undefined;

/** Public, database-free routes: liveness and the API description. */
export const metaRoutes = (): Record<string, RouteHandler> => ({
  "GET /health": handle("GET /health", async () => json(200, { status: "ok" })),
  "GET /openapi.json": handle("GET /openapi.json", async () => {
    document ??= buildOpenApi(routes, INFO);
    return json(200, document, { "cache-control": "public, max-age=300" });
  }),
});
