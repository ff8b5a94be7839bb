import { organisationUseCases } from "../../shared/app/organisations.ts";
import type { RouteHandler } from "../../shared/http/api-handler.ts";
import { checkIfMatch } from "../../shared/http/if-match.ts";
import { etag, json } from "../../shared/http/response.ts";
import { handlerFor } from "../../shared/http/route-handler.ts";
import { ORGANISATION_ROUTES } from "../../shared/http/routes/organisations.ts";
import type { Deps } from "../../shared/runtime.ts";

const handle = handlerFor(ORGANISATION_ROUTES);

export function organisationRoutes(deps: Deps): Record<string, RouteHandler> {
  const useCases = organisationUseCases(deps);
  return {
    "GET /organisations": handle("GET /organisations", async ({ query }) =>
      json(200, await useCases.list({ limit: query.limit ?? 50, cursor: query.cursor })),
    ),

    "GET /organisations/{org}": handle("GET /organisations/{org}", async (req) => {
      const found = await useCases.read(req.params.org ?? "");
      return json(200, found, { etag: etag(found.version) });
    }),

    "PUT /organisations/{org}": handle("PUT /organisations/{org}", async (req) => {
      const ifMatch = req.header("if-match");
      const saved = await useCases.describe(
        req.principal,
        req.params.org ?? "",
        req.body,
        (current) => checkIfMatch(ifMatch, current),
        ifMatch !== undefined,
      );
      return json(200, saved, { etag: etag(saved.version) });
    }),

    "GET /me": handle("GET /me", async ({ principal }) => json(200, await useCases.profile(principal))),

    "PUT /me": handle("PUT /me", async ({ principal, body }) =>
      json(200, await useCases.updateProfile(principal, body)),
    ),
  };
}
