import { candidateRoutes } from "../../functions/candidates/routes.ts";
import { referralRoutes } from "../../functions/referrals/routes.ts";
import { mentoringPlaceResource } from "../../shared/app/listing-resources.ts";
import { CURRENT_NOTICE_VERSION } from "../../shared/domain/consent.ts";
import { dispatch } from "../../shared/http/api-handler.ts";
import { listingHandlers } from "../../shared/http/listing-handlers.ts";
import type { Deps } from "../../shared/runtime.ts";
import { DEMO_EMPLOYER_CANDIDATE, DEMO_PLACE_ON_BEHALF } from "./demo-employers.ts";
import { call, daysAgo } from "./seed-call.ts";

/**
 * The Leipzig company has no Passung account: Brückenwerk keeps its mentoring place on its behalf
 * (`onBehalfOf`), and one of Brückenwerk's own candidates — who read the information notice and
 * agreed to share the pseudonymous profile — is proposed to it. The proposal waits on the
 * employer's page for the adviser to answer (or to send the company the decision link).
 */
export async function seedPlaceOnBehalf(
  deps: Deps,
  as: { org: string; role: string },
  employerId: string,
): Promise<void> {
  const today = daysAgo(deps.clock(), 0);
  const place = await call(dispatch(listingHandlers(mentoringPlaceResource, deps)), {
    route: "/mentoring-places",
    path: "/mentoring-places",
    key: "place-on-behalf",
    as,
    body: { ...DEMO_PLACE_ON_BEHALF, availableFrom: today, onBehalfOf: employerId },
  });
  const candidates = dispatch(candidateRoutes(deps));
  const candidate = await call(candidates, {
    route: "/candidates",
    path: "/candidates",
    key: "employer-candidate",
    as,
    body: DEMO_EMPLOYER_CANDIDATE,
  });
  await call(candidates, {
    route: "/candidates/{id}/consents",
    path: `/candidates/${candidate.id}/consents`,
    key: "employer-candidate-consent",
    params: { id: candidate.id },
    as,
    body: {
      version: CURRENT_NOTICE_VERSION,
      date: today,
      scopes: ["store", "share-profile"],
      language: "ar",
    },
  });
  await call(dispatch(referralRoutes(deps)), {
    route: "/referrals",
    path: "/referrals",
    key: "employer-referral",
    as,
    body: {
      candidateId: candidate.id,
      placeId: place.id,
      notes: ["has-work-experience", "can-start-now", "needs-language-support"],
    },
  });
}
