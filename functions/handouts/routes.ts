import { candidateHandout } from "../../shared/app/candidate-handout.ts";
import { candidateUseCases } from "../../shared/app/candidates.ts";
import type { RouteHandler } from "../../shared/http/api-handler.ts";
import { html } from "../../shared/http/response.ts";
import { handlerFor } from "../../shared/http/route-handler.ts";
import { CANDIDATE_ROUTES } from "../../shared/http/routes/candidates.ts";
import type { Deps } from "../../shared/runtime.ts";

const handle = handlerFor(CANDIDATE_ROUTES);

/**
 * The printable handout of a saved candidate, in a function of its own: its renderer and the
 * translations it writes in are needed by this route only, so the other candidate routes start
 * without them.
 */
export function handoutRoutes(deps: Deps): Record<string, RouteHandler> {
  const candidates = candidateUseCases(deps);
  return {
    "GET /candidates/{id}/handout": handle(
      "GET /candidates/{id}/handout",
      async ({ principal, params, query }) => {
        const candidate = await candidates.own(principal, params.id ?? "");
        return html(200, await candidateHandout(deps, candidate, query.lang), {
          "content-language": query.lang,
        });
      },
    ),
  };
}
