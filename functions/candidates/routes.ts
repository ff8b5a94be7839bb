import { eraseCandidate } from "../../shared/app/candidate-erasure.ts";
import { candidateProfile } from "../../shared/app/candidate-profile.ts";
import { candidateReferrals } from "../../shared/app/candidate-dependents.ts";
import { candidateUseCases } from "../../shared/app/candidates.ts";
import { consentRepository } from "../../shared/db/consent-repository.ts";
import { searchMatches } from "../../shared/app/match-search.ts";
import { planUseCases } from "../../shared/app/qualification-plan.ts";
import { milestoneRepository } from "../../shared/db/milestone-repository.ts";
import type { RouteHandler } from "../../shared/http/api-handler.ts";
import { withIdempotency } from "../../shared/http/idempotency.ts";
import { checkIfMatch } from "../../shared/http/if-match.ts";
import type { Principal } from "../../shared/http/principal.ts";
import { etag, json, noContent } from "../../shared/http/response.ts";
import { handlerFor } from "../../shared/http/route-handler.ts";
import { CANDIDATE_ROUTES } from "../../shared/http/routes/candidates.ts";
import type { Deps } from "../../shared/runtime.ts";
import type { Candidate } from "../../shared/schemas/candidate.ts";
import { candidateConsentRoutes } from "./consent-routes.ts";
import { candidatePlanRoutes } from "./plan-routes.ts";

const handle = handlerFor(CANDIDATE_ROUTES);

/** The candidate record, its matches and its export; plan, milestones and consents come from beside. */
export function candidateRoutes(deps: Deps): Record<string, RouteHandler> {
  const candidates = candidateUseCases(deps);
  const plans = planUseCases(deps);
  const load = (principal: Principal, id = "") => candidates.own(principal, id);

  return {
    "POST /candidates": handle("POST /candidates", async (req) => {
      return withIdempotency(deps, req, async (record) => {
        const answer = (candidate: Candidate) =>
          json(201, candidate, { etag: etag(1), location: `/candidates/${candidate.id}` });
        // The answer with its case number is recorded with the write: a replay gets the same number.
        const created = await candidates.create(req.principal, req.body, (c) => record(answer(c), c.id));
        return answer(created);
      });
    }),

    "GET /candidates": handle("GET /candidates", async ({ principal, query }) =>
      json(200, await candidates.list(principal, query)),
    ),

    "GET /candidates/{id}": handle("GET /candidates/{id}", async ({ principal, params }) => {
      const candidate = await load(principal, params.id);
      return json(200, candidate, { etag: etag(candidate.version) });
    }),

    "PATCH /candidates/{id}": handle("PATCH /candidates/{id}", async (req) => {
      const ifMatch = req.header("if-match");
      const next = await candidates.update(
        req.principal,
        req.params.id ?? "",
        (current) => checkIfMatch(ifMatch, current),
        req.body,
      );
      return json(200, next, { etag: etag(next.version) });
    }),

    /** Erases, or finishes an erasure that failed midway (then whatever the If-Match says). */
    "DELETE /candidates/{id}": handle("DELETE /candidates/{id}", async (req) => {
      const ifMatch = req.header("if-match");
      const erased = await eraseCandidate(deps, req.principal, req.params.id ?? "", (current) =>
        // An erasure under way has no version left to match: the header need only be there.
        checkIfMatch(ifMatch, current ?? { version: 0 }, !current),
      );
      req.log.info("candidate erased", erased);
      return noContent();
    }),

    "GET /candidates/{id}/matches": handle(
      "GET /candidates/{id}/matches",
      async ({ principal, params, log }) => {
        const c = await load(principal, params.id);
        const { stats: _stats, ...result } = await searchMatches(deps, log, {
          principal,
          profile: candidateProfile(c),
          kinds: ["offer", "place"],
          limit: 20,
        });
        return json(200, {
          ...result,
          candidate: { occupation: c.occupation, location: c.location, radiusKm: c.radiusKm },
        });
      },
    ),

    ...candidatePlanRoutes(deps),
    ...candidateConsentRoutes(deps),

    "GET /candidates/{id}/export": handle("GET /candidates/{id}/export", async ({ principal, params }) => {
      const candidate = await load(principal, params.id);
      const [{ referrals }, milestones, plan, consentHistory] = await Promise.all([
        candidateReferrals(deps, candidate.id),
        milestoneRepository(deps).list(candidate.id),
        plans.saved(candidate.id),
        consentRepository(deps).history(candidate.id),
      ]);
      const body = {
        exportedAt: deps.clock().toISOString(),
        candidate,
        referrals,
        milestones,
        ...(plan ? { plan } : {}),
        consentHistory,
      };
      return json(200, body, {
        "content-disposition": `attachment; filename="kandidat-${candidate.id}.json"`,
      });
    }),
  };
}
