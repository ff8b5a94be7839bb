import { findMatches } from "../../shared/db/find-matches.ts";
import { countMatchSearch } from "../../shared/db/statistics-counters.ts";
import { searchCell } from "../../shared/http/search-cell.ts";
import type { RouteHandler } from "../../shared/http/api-handler.ts";
import { withIdempotency } from "../../shared/http/idempotency.ts";
import { resolveRequiredLocation } from "../../shared/http/references.ts";
import { json } from "../../shared/http/response.ts";
import { handle } from "../../shared/http/route-handler.ts";
import type { Deps } from "../../shared/runtime.ts";

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
          const { stats, ...result } = await findMatches(
            deps,
            { ...body, point: { lat: location.lat, lon: location.lon } },
            { kinds: body.include.map((i) => (i === "offers" ? "offer" : "place")), limit: body.limit },
          );
          await countMatchSearch(deps, searchCell(req.principal, body.occupation, location, deps.clock()));
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
