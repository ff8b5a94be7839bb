import { organisationRepository } from "../db/organisation-repository.ts";
import { pageItemKey, readPageItems } from "../db/page-items.ts";
import { planRepository } from "../db/plan-repository.ts";
import type { Listing } from "../domain/listing.ts";
import { profileRepository } from "../db/profile-repository.ts";
import type { Principal } from "../domain/principal.ts";
import { buildHandout, HANDOUT_LIMITS } from "../handout/model.ts";
import type { HandoutLanguage } from "../handout/languages.ts";
import { type Counselling, planHandout } from "../handout/plan-model.ts";
import { renderHandout } from "../handout/render.ts";
import { getOccupation } from "../reference/occupations.ts";
import type { Deps } from "../runtime.ts";
import type { Candidate } from "../schemas/candidate.ts";
import type { SavedPlan } from "../schemas/qualification-plan.ts";
import { candidateProfile } from "./candidate-profile.ts";
import { findMatches } from "./find-matches.ts";

/** The counselling organisation's name and the work contact the coach keeps in their profile (PUT /me). */
async function counsellingOf(deps: Deps, principal: Principal, candidate: Candidate): Promise<Counselling> {
  const [organisation, profile] = await Promise.all([
    organisationRepository(deps).get(candidate.org),
    profileRepository(deps).get(principal.sub),
  ]);
  const coach = profile && {
    ...(profile.name ? { name: profile.name } : {}),
    ...(profile.phone ? { phone: profile.phone } : {}),
    ...(profile.email ? { email: profile.email } : {}),
  };
  return { ...(organisation ? { organisation: organisation.name } : {}), ...(coach ? { coach } : {}) };
}

/** The saved plan's offers in full (their contacts), in one BatchGet. */
async function planPart(deps: Deps, plan: SavedPlan) {
  const ids = plan.steps.flatMap((s) => (s.offerId === undefined ? [] : [s.offerId]));
  const page = await readPageItems(
    deps,
    ids.map((id) => ({ kind: "offer" as const, id })),
    [],
  );
  const offers = new Map<string, Listing>();
  for (const id of ids) {
    const listing = page.listings.get(pageItemKey("offer", id));
    if (listing) offers.set(id, listing);
  }
  return planHandout(plan, offers);
}

/**
 * The printable handout for a saved candidate, in the candidate's language, with who counsels
 * them. With a saved plan it prints the plan (issue 28); without one, the top offers and places of
 * the same matching as GET /candidates/{id}/matches. Not counted as a match search.
 */
export async function candidateHandout(
  deps: Deps,
  candidate: Candidate,
  lang: HandoutLanguage,
  principal: Principal,
): Promise<string> {
  const [saved, counselling] = await Promise.all([
    // Read-only here: the handout function has no write action (infra/route-groups.ts).
    planRepository(deps).get(candidate.id),
    counsellingOf(deps, principal, candidate),
  ]);
  const { offers, places } = saved
    ? { offers: [], places: [] }
    : await findMatches(deps, candidateProfile(candidate), {
        kinds: ["offer", "place"],
        limit: Math.max(HANDOUT_LIMITS.offers, HANDOUT_LIMITS.places),
      });
  const handout = buildHandout({
    candidate,
    occupationTitle: getOccupation(candidate.occupation)?.title,
    offers,
    places,
    today: deps.clock().toISOString().slice(0, 10),
  });
  const plan = saved && (await planPart(deps, saved));
  return renderHandout({ ...handout, ...(plan ? { plan } : {}), counselling }, lang);
}
