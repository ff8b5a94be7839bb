import { api, isAbort, toProblem } from "../../core/api.ts";
import { replace } from "../../core/dom.ts";
import type { Candidate, MatchResponse } from "../../core/types.ts";
import { errorBox } from "../../ui/status.ts";
import { proposeDialog } from "./propose-dialog.ts";
import type { ProposeTarget } from "./propose-target.ts";
import { results } from "./results.ts";

/**
 * "Aktuelle Treffer" on a candidate's page: the matches for the saved profile, proposing one of
 * them, and searching again with a wider radius. Apart from the page, which loads the candidate;
 * `onProposed` lets it read the referrals again.
 */
export function showCandidateMatches(
  matches: HTMLElement,
  c: Candidate,
  res: MatchResponse,
  signal: AbortSignal,
  onProposed: () => void,
): void {
  const propose = async (target: ProposeTarget, itemStatus: HTMLElement) => {
    const proposal = await proposeDialog(target, { preferred: c, occupation: c.occupation });
    if (!proposal) return;
    itemStatus.textContent = `${proposal.reference}: vorgeschlagen.`;
    onProposed();
  };
  // "Umkreis erweitern" searches once more with the saved profile and the wider radius.
  const widen = (radiusKm: number) =>
    void api
      .post<MatchResponse>(
        "/matches",
        {
          occupation: c.occupation,
          location: { postalCode: c.location.postalCode },
          radiusKm,
          germanLevel: c.germanLevel,
          languages: c.languages,
          availableFrom: c.availableFrom,
          limit: 50,
        },
        { signal },
      )
      .then((wider) => {
        showCandidateMatches(matches, c, wider, signal, onProposed);
        matches.querySelector<HTMLElement>("h2")?.focus();
      })
      .catch((e: unknown) => !isAbort(e) && replace(matches, errorBox(toProblem(e))));
  // The dialog shows its own errors; the click need not wait for it.
  replace(
    matches,
    results(res, (target, s) => void propose(target, s), { heading: "Aktuelle Treffer", widen }),
  );
}
