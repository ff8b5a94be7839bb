import { candidateUseCases } from "../../shared/app/candidates.ts";
import { recordMilestone } from "../../shared/app/milestones.ts";
import { planUseCases } from "../../shared/app/qualification-plan.ts";
import { milestoneRepository } from "../../shared/db/milestone-repository.ts";
import { PreconditionFailedError } from "../../shared/domain/errors.ts";
import type { RouteHandler } from "../../shared/http/api-handler.ts";
import { withIdempotency } from "../../shared/http/idempotency.ts";
import { checkIfMatch } from "../../shared/http/if-match.ts";
import type { Principal } from "../../shared/http/principal.ts";
import { etag, json } from "../../shared/http/response.ts";
import { handlerFor } from "../../shared/http/route-handler.ts";
import { CANDIDATE_ROUTES } from "../../shared/http/routes/candidates.ts";
import type { Deps } from "../../shared/runtime.ts";

const handle = handlerFor(CANDIDATE_ROUTES);

/**
 * A candidate's way to recognition: the qualification plan and the milestones reached. Apart from
 * routes.ts, which keeps the candidate record itself and combines these.
 */
export function candidatePlanRoutes(deps: Deps): Record<string, RouteHandler> {
  const candidates = candidateUseCases(deps);
  const plans = planUseCases(deps);
  const load = (principal: Principal, id = "") => candidates.own(principal, id);

  return {
    "GET /candidates/{id}/plan": handle("GET /candidates/{id}/plan", async ({ principal, params }) => {
      const { body, version } = await plans.read(await load(principal, params.id));
      return json(200, body, version === undefined ? {} : { etag: etag(version) });
    }),

    /** Creating the first plan takes no If-Match (as PUT /organisations/{org}); replacing one does. */
    "PUT /candidates/{id}/plan": handle("PUT /candidates/{id}/plan", async (req) => {
      const candidate = await load(req.principal, req.params.id);
      const ifMatch = req.header("if-match");
      const saved = await plans.save(candidate, req.body.steps, (current) => {
        if (current) checkIfMatch(ifMatch, current);
        // If-Match names a version of a plan that does not exist (RFC 9110 §13.1.1).
        else if (ifMatch !== undefined) throw new PreconditionFailedError();
      });
      return json(200, saved, { etag: etag(saved.version) });
    }),

    "POST /candidates/{id}/milestones": handle("POST /candidates/{id}/milestones", async (req) => {
      const candidate = await load(req.principal, req.params.id);
      return withIdempotency(deps, req, async (record) => {
        // No single-milestone resource: Location points at the candidate's list.
        const location = { location: `/candidates/${candidate.id}/milestones` };
        const created = await recordMilestone(deps, candidate, req.body, req.principal, (m) =>
          record(json(201, m, location), candidate.id),
        );
        return json(201, created, location);
      });
    }),

    "GET /candidates/{id}/milestones": handle(
      "GET /candidates/{id}/milestones",
      async ({ principal, params }) => {
        const candidate = await load(principal, params.id);
        return json(200, { items: await milestoneRepository(deps).list(candidate.id) });
      },
    ),
  };
}
