import { referralUseCases } from "../../shared/app/referrals.ts";
import { candidateRepository } from "../../shared/db/candidate-repository.ts";
import { epochOf } from "../../shared/db/candidate-items.ts";
import { listingRepository } from "../../shared/db/listing-repository.ts";
import { ValidationError } from "../../shared/domain/errors.ts";
import type { ReferralAction } from "../../shared/domain/referral-workflow.ts";
import type { RouteHandler } from "../../shared/http/api-handler.ts";
import { withIdempotency } from "../../shared/http/idempotency.ts";
import { hasRole } from "../../shared/http/principal.ts";
import { requireSideFor, sideOf, viewFor } from "../../shared/http/referral-access.ts";
import { json } from "../../shared/http/response.ts";
import { handle } from "../../shared/http/route-handler.ts";
import type { Deps } from "../../shared/runtime.ts";
import type { MentoringPlace } from "../../shared/schemas/mentoring-place.ts";

export function referralRoutes(deps: Deps): Record<string, RouteHandler> {
  const store = referralUseCases(deps);
  const candidates = candidateRepository(deps);
  const places = listingRepository<MentoringPlace>(deps, "place");

  const change = (action: ReferralAction) =>
    handle(`POST /referrals/{id}/${action}`, async (req) => {
      const { principal } = req;
      const side = sideOf(principal, await store.get(req.params.id ?? ""));
      requireSideFor(action, side);
      return withIdempotency(deps, req, async (record) => {
        const actor = { sub: principal.sub, role: side };
        const next = await store.change(req.params.id ?? "", action, actor, (r) =>
          record(json(200, viewFor(side, r)), r.candidateId),
        );
        return json(200, viewFor(side, next));
      });
    });

  return {
    "POST /referrals": handle("POST /referrals", async (req) => {
      const { principal } = req;
      const candidate = await candidates.get(req.body.candidateId);
      const place = await places.get(req.body.placeId);
      const errors = [
        ...(candidate && (candidate.org === principal.org || hasRole(principal, "admin"))
          ? []
          : [{ path: "candidateId", message: "Kandidat:in nicht gefunden" }]),
        ...(place?.status === "published"
          ? []
          : [{ path: "placeId", message: "Mentoringplatz nicht gefunden" }]),
      ];
      if (!candidate || !place || errors.length) throw new ValidationError(errors);
      return withIdempotency(deps, req, async (record) => {
        const actor = { sub: principal.sub, role: "coach" };
        const created = await store.propose(candidate, place, req.body, actor, (r) =>
          record(json(201, r, { location: `/referrals/${r.id}` }), {
            candidateId: r.candidateId,
            notAfterEpoch: epochOf(candidate.expiresAt),
          }),
        );
        return json(201, created, { location: `/referrals/${created.id}` });
      });
    }),

    "GET /referrals": handle("GET /referrals", async ({ principal: caller, query }) => {
      const page = { limit: query.limit ?? 20, cursor: query.cursor };
      const filters = { candidateId: query.candidateId, placeId: query.placeId, status: query.status };
      if (hasRole(caller, "coach", "admin"))
        return json(200, await store.listForCoachOrg(caller.org, page, filters));
      const incoming = await store.listForPlaceOrg(caller.org, page, { ...filters, candidateId: undefined });
      return json(200, { ...incoming, items: incoming.items.map((r) => viewFor("employer", r)) });
    }),

    "POST /referrals/{id}/accept": change("accept"),
    "POST /referrals/{id}/decline": change("decline"),
    "POST /referrals/{id}/withdraw": change("withdraw"),
  };
}
