import { consentUseCases } from "../../shared/app/consents.ts";
import { parseOrThrow } from "../../shared/domain/validation.ts";
import type { RouteHandler } from "../../shared/http/api-handler.ts";
import { withIdempotency } from "../../shared/http/idempotency.ts";
import { checkIfMatch } from "../../shared/http/if-match.ts";
import { etag, json, noContent } from "../../shared/http/response.ts";
import { handlerFor } from "../../shared/http/route-handler.ts";
import { CANDIDATE_ROUTES } from "../../shared/http/routes/candidates.ts";
import type { Deps } from "../../shared/runtime.ts";
import type { Candidate } from "../../shared/schemas/candidate.ts";
import { consentScope } from "../../shared/schemas/consent.ts";

const handle = handlerFor(CANDIDATE_ROUTES);

/**
 * A candidate's consents, given and withdrawn. Apart from routes.ts, which keeps the candidate
 * record itself and combines these.
 */
export function candidateConsentRoutes(deps: Deps): Record<string, RouteHandler> {
  const consents = consentUseCases(deps);

  return {
    "POST /candidates/{id}/consents": handle("POST /candidates/{id}/consents", async (req) => {
      return withIdempotency(deps, req, async (record) => {
        const answer = (c: Candidate) => json(200, c, { etag: etag(c.version) });
        const next = await consents.record(req.principal, req.params.id ?? "", req.body, (c) =>
          record(answer(c), c.id),
        );
        return answer(next);
      });
    }),

    /** Takes If-Match like DELETE /candidates/{id}; a withdrawal repeated only finishes its effects. */
    "DELETE /candidates/{id}/consents/{scope}": handle(
      "DELETE /candidates/{id}/consents/{scope}",
      async (req) => {
        const scope = parseOrThrow(consentScope, req.params.scope, ["scope"]);
        const ifMatch = req.header("if-match");
        const done = await consents.withdraw(
          req.principal,
          req.params.id ?? "",
          scope,
          req.query.date,
          (current) => checkIfMatch(ifMatch, current ?? { version: 0 }, !current),
        );
        req.log.info("consent withdrawn", { scope, ...done });
        return noContent();
      },
    ),
  };
}
