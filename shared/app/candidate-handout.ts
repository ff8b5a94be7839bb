import { buildHandout, HANDOUT_LIMITS } from "../handout/model.ts";
import type { HandoutLanguage } from "../handout/languages.ts";
import { renderHandout } from "../handout/render.ts";
import { getOccupation } from "../reference/occupations.ts";
import type { Deps } from "../runtime.ts";
import type { Candidate } from "../schemas/candidate.ts";
import { candidateProfile } from "./candidate-profile.ts";
import { findMatches } from "./find-matches.ts";

/**
 * The printable handout for a saved candidate: the top offers and places of the same matching as
 * GET /candidates/{id}/matches, in the candidate's language. Not counted as a match search: it
 * prints what the coach has just looked at.
 */
export async function candidateHandout(
  deps: Deps,
  candidate: Candidate,
  lang: HandoutLanguage,
): Promise<string> {
  const { offers, places } = await findMatches(deps, candidateProfile(candidate), {
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
  return renderHandout(handout, lang);
}
