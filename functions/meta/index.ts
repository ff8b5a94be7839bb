import pkg from "../../package.json" with { type: "json" };
import { apiHandler, dispatch } from "../../shared/http/api-handler.ts";
import { buildOpenApi, type OpenApiDocument } from "../../shared/http/openapi.ts";
import { json } from "../../shared/http/response.ts";
import { routes } from "../../shared/http/routes.ts";

const INFO = {
  title: "Passung API",
  version: pkg.version,
  description: "Adaptation qualifications and employer mentoring places of the IQ networks, with matching.",
};

// Built on the first request and kept for the container's lifetime; the route table never changes.
let document: OpenApiDocument | undefined;

/** Public, database-free routes: liveness and the API description. */
export const handler = dispatch({
  "GET /health": apiHandler({ auth: "none" }, async () => json(200, { status: "ok" })),
  "GET /openapi.json": apiHandler({ auth: "none" }, async () => {
    document ??= buildOpenApi(routes, INFO);
    return json(200, document, { "cache-control": "public, max-age=300" });
  }),
});
