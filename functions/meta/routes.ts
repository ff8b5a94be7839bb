import pkg from "../../package.json" with { type: "json" };
import { tableAnswers } from "../../shared/db/table-health.ts";
import { ServiceUnavailableError } from "../../shared/domain/errors.ts";
import type { RouteHandler } from "../../shared/http/api-handler.ts";
import { OUTAGE_RETRY_AFTER_SECONDS } from "../../shared/http/problem-middleware.ts";
import { buildOpenApi, type OpenApiDocument } from "../../shared/http/openapi.ts";
import { json } from "../../shared/http/response.ts";
import { handlerFor } from "../../shared/http/route-handler.ts";
import { META_ROUTES } from "../../shared/http/routes/meta.ts";
import { routes } from "../../shared/http/routes.ts";
import type { Deps } from "../../shared/runtime.ts";

const handle = handlerFor(META_ROUTES);

const INFO = {
  title: "Passung API",
  version: pkg.version,
  description: "Adaptation qualifications and employer mentoring places of the IQ networks, with matching.",
};

// Built on the first request and kept for the container's lifetime; the route table never changes.
let document: OpenApiDocument | undefined;

/**
 * Public routes: health (whether the table answers: 503 when not, so a probe sees an outage) and
 * the API description (no table). `table` is asked for on the first health check only.
 */
export const metaRoutes = (table: () => Pick<Deps, "db" | "tableName">): Record<string, RouteHandler> => ({
  "GET /health": handle("GET /health", async () => {
    if (!(await tableAnswers(table())))
      throw new ServiceUnavailableError(
        "Die Datenbank antwortet nicht; bitte später erneut versuchen.",
        OUTAGE_RETRY_AFTER_SECONDS,
      );
    return json(200, { status: "ok" });
  }),
  "GET /openapi.json": handle("GET /openapi.json", async () => {
    document ??= buildOpenApi(routes, INFO);
    return json(200, document, { "cache-control": "public, max-age=300" });
  }),
});
