import { pageItemKey, readPageItems } from "../db/page-items.ts";
import { planView, readPlan } from "../db/plan-read.ts";
import type { Listing } from "../domain/listing.ts";
import { readWorkContact } from "../db/work-contact.ts";
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

/**
 * The saved plan's offers in full (their contacts) and the counselling organisation's name, in one
 * BatchGet; the coach's work contact (PUT /me) by key.
 */
async function planPart(deps: Deps, plan: SavedPlan | undefined, principal: Principal, candidate: Candidate) {
  const ids = plan ? plan.steps.flatMap((s) => (s.offerId === undefined ? [] : [s.offerId])) : [];
  const [page, coach] = await Promise.all([
    readPageItems(
      deps,
      ids.map((id) => ({ kind: "offer" as const, id })),
      [candidate.org],
    ),
    readWorkContact(deps, principal.sub),
  ]);
  const offers = new Map<string, Listing>();
  for (const id of ids) {
    const listing = page.listings.get(pageItemKey("offer", id));
    if (listing) offers.set(id, listing);
  }
  const organisation = page.names.get(candidate.org);
  const counselling: Counselling = {
    ...(organisation ? { organisation } : {}),
    ...(coach && Object.keys(coach).length ? { coach } : {}),
  };
  return { plan: plan && planHandout(plan, offers), counselling };
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
  // Read-only here: the handout function has no write action (infra/route-groups.ts).
  const stored = await readPlan(deps, candidate.id);
  const saved = stored && planView(stored);
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
  const { plan, counselling } = await planPart(deps, saved, principal, candidate);
  return renderHandout({ ...handout, ...(plan ? { plan } : {}), counselling }, lang);
}
