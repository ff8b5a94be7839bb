import { decisionPage } from "../../shared/app/decision-page.ts";
import { sendDecisionLink } from "../../shared/app/decision-links.ts";
import { decisionLinkSecret } from "../../shared/app/decision-secret.ts";
import type { RouteHandler } from "../../shared/http/api-handler.ts";
import { json } from "../../shared/http/response.ts";
import { handlerFor } from "../../shared/http/route-handler.ts";
import { DECISION_ROUTES } from "../../shared/http/routes/decisions.ts";
import type { Deps } from "../../shared/runtime.ts";

const handle = handlerFor(DECISION_ROUTES);

/** The decision link: sent by the counselling organisation, opened and used by the company. */
export function decisionRoutes(
  deps: Deps,
  secret = () => decisionLinkSecret(),
): Record<string, RouteHandler> {
  const page = decisionPage(deps, secret);
  return {
    "POST /referrals/{id}/decision-link": handle("POST /referrals/{id}/decision-link", async (req) =>
      json(202, await sendDecisionLink(deps, req.principal, req.params.id ?? "")),
    ),
    // The answer depends on the moment (expiry, use): never cached (shared/http/security-headers.ts).
    "GET /decisions/{token}": handle("GET /decisions/{token}", async ({ params }) =>
      json(200, await page.view(params.token ?? "")),
    ),
    "POST /decisions/{token}": handle("POST /decisions/{token}", async ({ params, body }) =>
      json(200, await page.decide(params.token ?? "", body)),
    ),
  };
}
