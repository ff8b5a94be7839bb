import { findMatches } from "../../shared/db/find-matches.ts";
import { ValidationError } from "../../shared/domain/errors.ts";
import { apiHandler, type RouteHandler } from "../../shared/http/api-handler.ts";
import { requireRole } from "../../shared/http/principal.ts";
import { json } from "../../shared/http/response.ts";
import { isOccupationCode } from "../../shared/reference/occupations.ts";
import { resolvePostalCode } from "../../shared/reference/postal-codes.ts";
import type { Deps } from "../../shared/runtime.ts";
import { matchRequest } from "../../shared/schemas/match.ts";

export function matchRoutes(deps: Deps): Record<string, RouteHandler> {
  return {
    "POST /matches": apiHandler(
      { auth: "required", body: matchRequest },
      async ({ principal, body, log }) => {
        requireRole(principal, "coach", "admin");
        const location = resolvePostalCode(body.location.postalCode);
        const errors = [
          ...(isOccupationCode(body.occupation)
            ? []
            : [{ path: "occupation", message: "Unbekannte KldB-Berufsgattung" }]),
          ...(location ? [] : [{ path: "location.postalCode", message: "Unbekannte Postleitzahl" }]),
        ];
        if (!location || errors.length) throw new ValidationError(errors);

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
