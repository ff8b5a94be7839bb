import { searchMatches } from "../../shared/app/match-search.ts";
import type { RouteHandler } from "../../shared/http/api-handler.ts";
import { withIdempotency } from "../../shared/http/idempotency.ts";
import { resolveRequiredLocation } from "../../shared/reference/resolve.ts";
import { json } from "../../shared/http/response.ts";
import { handlerFor } from "../../shared/http/route-handler.ts";
import { MATCH_ROUTES } from "../../shared/http/routes/matches.ts";
import type { Deps } from "../../shared/runtime.ts";

const handle = handlerFor(MATCH_ROUTES);

export function matchRoutes(deps: Deps): Record<string, RouteHandler> {
  return {
    "POST /matches": handle("POST /matches", async (req) => {
      const { body } = req;
      const location = resolveRequiredLocation(body);
      // Read-only: an Idempotency-Key only guards against reuse with another body.
      return withIdempotency(
        deps,
        req,
        async () => {
          const { stats, ...result } = await searchMatches(deps, req.log, {
            principal: req.principal,
            profile: { ...body, location, point: { lat: location.lat, lon: location.lon } },
            kinds: body.include.map((i) => (i === "offers" ? "offer" : "place")),
            limit: body.limit,
          });
          req.log.info("match", {
            occupationGroup: body.occupation.slice(0, 3),
            radiusKm: body.radiusKm,
            ...stats,
          });
          return json(200, {
            ...result,
            candidate: { occupation: body.occupation, location, radiusKm: body.radiusKm },
          });
        },
        true,
      );
    }),
  };
}
