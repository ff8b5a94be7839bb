import { findMatches } from "../../shared/db/find-matches.ts";
import { apiHandler, type RouteHandler } from "../../shared/http/api-handler.ts";
import { requireRole } from "../../shared/http/principal.ts";
import { resolveRequiredLocation } from "../../shared/http/references.ts";
import { json } from "../../shared/http/response.ts";
import type { Deps } from "../../shared/runtime.ts";
import { matchRequest } from "../../shared/schemas/match.ts";

export function matchRoutes(deps: Deps): Record<string, RouteHandler> {
  return {
    "POST /matches": apiHandler(
      { auth: "required", body: matchRequest },
      async ({ principal, body, log }) => {
        requireRole(principal, "coach", "admin");
        const location = resolveRequiredLocation(body);
        const { stats, ...result } = await findMatches(
          deps,
          { ...body, point: { lat: location.lat, lon: location.lon } },
          { kinds: body.include.map((i) => (i === "offers" ? "offer" : "place")), limit: body.limit },
        );
        log.info("match", {
          occupationGroup: body.occupation.slice(0, 3),
          radiusKm: body.radiusKm,
          ...stats,
        });
        return json(200, {
          ...result,
          candidate: { occupation: body.occupation, location, radiusKm: body.radiusKm },
        });
      },
    ),
  };
}
