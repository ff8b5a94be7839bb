import { referralExtras } from "../../shared/app/referral-handoff.ts";
import type { ReferralItem } from "../../shared/app/referral-proposal.ts";
import { referralUseCases } from "../../shared/app/referrals.ts";
import { candidateRepository } from "../../shared/db/candidate-repository.ts";
import { epochOf } from "../../shared/db/candidate-items.ts";
import { listingRepository } from "../../shared/db/listing-repository.ts";
import type { StoredReferral } from "../../shared/db/referral-repository.ts";
import { ValidationError } from "../../shared/domain/errors.ts";
import { targetFields } from "../../shared/domain/referral-target.ts";
import type { ReferralAction } from "../../shared/domain/referral-workflow.ts";
import type { RouteHandler } from "../../shared/http/api-handler.ts";
import { withIdempotency } from "../../shared/http/idempotency.ts";
import { hasRole } from "../../shared/http/principal.ts";
import { answersReferral, requireSideFor, sideOf, viewFor } from "../../shared/http/referral-access.ts";
import { json } from "../../shared/http/response.ts";
import { handlerFor } from "../../shared/http/route-handler.ts";
import { REFERRAL_ROUTES } from "../../shared/http/routes/referrals.ts";
import type { Deps } from "../../shared/runtime.ts";
import type { MentoringPlace } from "../../shared/schemas/mentoring-place.ts";
import type { QualificationOffer } from "../../shared/schemas/qualification-offer.ts";
import { referralReadRoutes } from "./read-routes.ts";

const handle = handlerFor(REFERRAL_ROUTES);

/** POST /referrals and the answers to a referral; the reads are read-routes.ts's. */
export function referralRoutes(deps: Deps): Record<string, RouteHandler> {
  const store = referralUseCases(deps);
  const candidates = candidateRepository(deps);
  const places = listingRepository<MentoringPlace>(deps, "place");
  const offers = listingRepository<QualificationOffer>(deps, "offer");

  /** The published place or offer the body names (exactly one, the schema made sure). */
  const itemOf = async (body: { placeId?: string; offerId?: string }): Promise<ReferralItem | undefined> => {
    if (body.offerId !== undefined) {
      const offer = await offers.get(body.offerId);
      return offer?.status === "published" ? { kind: "offer", listing: offer } : undefined;
    }
    const place = await places.get(body.placeId ?? "");
    return place?.status === "published" ? { kind: "place", listing: place } : undefined;
  };

  const change = (action: ReferralAction) =>
    handle(`POST /referrals/{id}/${action}`, async (req) => {
      const { principal } = req;
      const current = await store.get(req.params.id ?? "");
      const side = sideOf(principal, current, action);
      requireSideFor(action, side);
      const reason = req.body?.reason;
      // Joined before the change, as if accepted, so the recorded answer (replayed for a retry) has them too.
      const extras = current
        ? await referralExtras(deps, answersReferral(side) ? "partner" : "coach", [
            { ...current, status: action === "accept" ? "accepted" : current.status },
          ])
        : () => ({});
      return withIdempotency(deps, req, async (record) => {
        const actor = { sub: principal.sub, role: side };
        const answer = (r: StoredReferral) => json(200, viewFor(side, r, extras(r)));
        const next = await store.change(
          req.params.id ?? "",
          action,
          actor,
          (r) => record(answer(r), r.candidateId),
          { reason },
        );
        return answer(next);
      });
    });

  return {
    "POST /referrals": handle("POST /referrals", async (req) => {
      const { principal } = req;
      const candidate = await candidates.get(req.body.candidateId);
      const item = await itemOf(req.body);
      const itemPath = req.body.offerId !== undefined ? "offerId" : "placeId";
      const errors = [
        ...(candidate && (candidate.org === principal.org || hasRole(principal, "admin"))
          ? []
          : [{ path: "candidateId", message: "Kandidat:in nicht gefunden" }]),
        ...(item
          ? []
          : [
              {
                path: itemPath,
                message:
                  itemPath === "offerId"
                    ? "Qualifizierungsangebot nicht gefunden"
                    : "Mentoringplatz nicht gefunden",
              },
            ]),
      ];
      if (!candidate || !item || errors.length) throw new ValidationError(errors);
      const { kind, listing } = item;
      const target = targetFields({ kind, id: listing.id, org: listing.org, title: listing.title });
      const extras = await referralExtras(deps, "coach", [
        { org: candidate.org, status: "proposed", history: [], ...target },
      ]);
      return withIdempotency(deps, req, async (record) => {
        const actor = { sub: principal.sub, role: "coach" };
        const answer = (r: StoredReferral) =>
          json(201, viewFor("coach", r, extras(r)), { location: `/referrals/${r.id}` });
        const created = await store.propose(candidate, item, req.body, actor, (r) =>
          record(answer(r), { candidateId: r.candidateId, notAfterEpoch: epochOf(candidate.expiresAt) }),
        );
        return answer(created);
      });
    }),

    ...referralReadRoutes(deps),
    "POST /referrals/{id}/accept": change("accept"),
    "POST /referrals/{id}/decline": change("decline"),
    "POST /referrals/{id}/withdraw": change("withdraw"),
  };
}
