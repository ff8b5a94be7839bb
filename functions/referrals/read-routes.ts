import { referralExtras } from "../../shared/app/referral-handoff.ts";
import { referralUseCases } from "../../shared/app/referrals.ts";
import type { StoredReferral } from "../../shared/db/referral-repository.ts";
import type { RouteHandler } from "../../shared/http/api-handler.ts";
import { hasRole, type Principal } from "../../shared/http/principal.ts";
import { answersReferral, type ReferralSide, sideOf, viewFor } from "../../shared/http/referral-access.ts";
import { json } from "../../shared/http/response.ts";
import { handlerFor } from "../../shared/http/route-handler.ts";
import { REFERRAL_ROUTES } from "../../shared/http/routes/referrals.ts";
import type { Deps } from "../../shared/runtime.ts";

const handle = handlerFor(REFERRAL_ROUTES);

/**
 * GET /referrals and GET /referrals/{id}: each referral as the caller's side may see it. Apart from
 * routes.ts, which proposes and changes referrals and combines these.
 */
export function referralReadRoutes(deps: Deps): Record<string, RouteHandler> {
  const store = referralUseCases(deps);

  /** The answers for one side, with names and (once accepted) the hand-off joined. */
  const present = async (side: ReferralSide, page: StoredReferral[]) => {
    const extras = await referralExtras(deps, answersReferral(side) ? "partner" : "coach", page);
    return page.map((r) => viewFor(side, r, extras(r)));
  };

  /** Who sees which incoming referrals: an employer those to its places, a provider to its offers. */
  const incomingFilter = (caller: Principal) =>
    hasRole(caller, "employer") && hasRole(caller, "provider")
      ? {}
      : hasRole(caller, "provider")
        ? { offerOrg: caller.org }
        : { placeOrg: caller.org };

  return {
    "GET /referrals/{id}": handle("GET /referrals/{id}", async ({ principal, params }) => {
      const current = await store.get(params.id ?? "");
      const side = sideOf(principal, current);
      const [view] = await present(side, current ? [current] : []);
      return json(200, view);
    }),

    "GET /referrals": handle("GET /referrals", async ({ principal: caller, query }) => {
      const page = { limit: query.limit ?? 20, cursor: query.cursor };
      const filters = {
        candidateId: query.candidateId,
        placeId: query.placeId,
        offerId: query.offerId,
        status: query.status,
      };
      // The places a counselling organisation keeps on behalf of one employer: their referrals, each
      // seen from the caller's side (its own candidates in full, other organisations' pseudonymous).
      if (query.onBehalfOf !== undefined && hasRole(caller, "coach", "admin")) {
        const incoming = await store.listIncoming(caller.org, page, {
          ...filters,
          candidateId: undefined,
          onBehalfOf: query.onBehalfOf,
        });
        const sides = incoming.items.map((r) => sideOf(caller, r));
        const bySide = new Map<ReferralSide, ReturnType<typeof viewFor>[]>();
        for (const side of new Set(sides))
          bySide.set(
            side,
            await present(
              side,
              incoming.items.filter((_, i) => sides[i] === side),
            ),
          );
        const items = sides.map((side) => bySide.get(side)?.shift());
        return json(200, { ...incoming, items });
      }
      if (hasRole(caller, "coach", "admin")) {
        const own = await store.listForCoachOrg(caller.org, page, filters);
        const side = hasRole(caller, "admin") ? "admin" : "coach";
        return json(200, { ...own, items: await present(side, own.items) });
      }
      const incoming = await store.listIncoming(caller.org, page, {
        ...filters,
        candidateId: undefined,
        ...incomingFilter(caller),
      });
      const side = incomingFilter(caller).offerOrg !== undefined ? "provider" : "employer";
      return json(200, { ...incoming, items: await present(side, incoming.items) });
    }),
  };
}
