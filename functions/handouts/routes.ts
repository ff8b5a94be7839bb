import { candidateHandout } from "../../shared/app/candidate-handout.ts";
import { ownCandidate } from "../../shared/app/own-candidate.ts";
import { privacyNotice } from "../../shared/app/privacy-notice.ts";
import type { RouteHandler } from "../../shared/http/api-handler.ts";
import { html } from "../../shared/http/response.ts";
import { handlerFor } from "../../shared/http/route-handler.ts";
import { CANDIDATE_ROUTES } from "../../shared/http/routes/candidates.ts";
import type { Deps } from "../../shared/runtime.ts";

const handle = handlerFor(CANDIDATE_ROUTES);

/**
 * The printable handout of a saved candidate, in a function of its own: its renderer and the
 * translations it writes in are needed by this route only, so the other candidate routes start
 * without them. It only reads (own-candidate.ts, not the candidate use cases): its role has no
 * write action (infra/route-groups.ts).
 */
export function handoutRoutes(deps: Deps): Record<string, RouteHandler> {
  return {
    "GET /candidates/{id}/handout": handle(
      "GET /candidates/{id}/handout",
      async ({ principal, params, query }) => {
        const candidate = await ownCandidate(deps, principal, params.id ?? "");
        return html(200, await candidateHandout(deps, candidate, query.lang, principal), {
          "content-language": query.lang,
        });
      },
    ),
    "GET /privacy-notice": handle("GET /privacy-notice", async ({ principal, query }) => {
      const { html: page, version } = await privacyNotice(deps, principal, query.lang);
      return html(200, page, { "content-language": query.lang, "x-notice-version": version });
    }),
  };
}
