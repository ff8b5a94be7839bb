import { api, isAbort, toProblem } from "../../core/api.ts";
import { h, replace } from "../../core/dom.ts";
import { navigate, type RouteContext } from "../../core/router.ts";
import type { Candidate, MatchResponse, Page, Referral } from "../../core/types.ts";
import { announce, errorBox, flash, loading } from "../../ui/status.ts";
import { candidateGone } from "./candidate-actions.ts";
import { showCandidateMatches } from "./candidate-matches.ts";
import { candidateProfile } from "./candidate-profile.ts";
import { consentSection } from "./consent-section.ts";
import { esfSection } from "./esf-data.ts";
import { milestonesSection } from "./milestones.ts";
import { participationSection } from "./participation.ts";
import { recognitionCase } from "./recognition-case.ts";
import { coachReferralList } from "./referral-list.ts";

/** One candidate: profile, recognition case, referrals and their status, current matches; export and erase. */
export function candidatePage({ main, params, signal }: RouteContext): void {
  const id = params.id ?? "";
  const heading = h("h1", {}, "Kandidat:in");
  const status = h("div", { role: "status" });
  const profile = h("div", {}, loading());
  const recognition = h("div", {});
  const participation = h("div", {});
  const consents = h("div", {});
  const referrals = h(
    "section",
    { "aria-labelledby": "ref-heading" },
    h("h2", { id: "ref-heading" }, "Vorschläge"),
    loading(),
  );
  const matches = h("div", {}, loading("Treffer werden gesucht …"));
  main.append(
    heading,
    status,
    profile,
    consents,
    participation,
    recognition,
    referrals,
    milestonesSection(id, signal),
    matches,
  );

  async function loadReferrals(c: Candidate) {
    const { items } = await api.get<Page<Referral>>("/referrals", {
      query: { candidateId: c.id, limit: 100 },
      signal,
    });
    replace(
      referrals,
      h("h2", { id: "ref-heading" }, "Vorschläge"),
      coachReferralList(items, new Map([[c.id, c.reference]]), () => void loadReferrals(c)),
    );
  }

  async function load() {
    try {
      const c = await api.get<Candidate>(`/candidates/${encodeURIComponent(id)}`, { signal });
      heading.textContent = `Kandidat:in ${c.reference}`;
      document.title = `Kandidat:in ${c.reference} – Passung`;
      replace(profile, ...candidateProfile(c, status));
      // The page's other actions (erase) send the version they hold: keep it the saved one.
      // Replaced, not merged: a reopened exit or removed ESF data is gone from the answer.
      const keep = (saved: Candidate) => {
        for (const key of Object.keys(c))
          if (!(key in saved)) delete (c as Partial<Candidate>)[key as keyof Candidate];
        Object.assign(c, saved);
        // A consent given or withdrawn opens or closes the ESF Plus form.
        esf.update();
      };
      const esf = esfSection(c, keep);
      replace(participation, participationSection(c, keep), esf.el);
      replace(
        consents,
        // A withdrawn share-profile withdraws the open referrals: the list shows it at once.
        consentSection(
          c,
          (saved) => {
            keep(saved);
            void loadReferrals(c).catch(
              (e: unknown) => !isAbort(e) && replace(referrals, errorBox(toProblem(e))),
            );
          },
          () => {
            announce(`Kandidat:in ${c.reference} gelöscht.`);
            flash(`Einwilligung widerrufen: Kandidat:in ${c.reference} wurde gelöscht.`);
            navigate("/beratung/kandidaten");
          },
        ),
      );
      replace(recognition, recognitionCase(c, keep));
      void loadReferrals(c).catch((e: unknown) => !isAbort(e) && replace(referrals, errorBox(toProblem(e))));
      showCandidateMatches(
        matches,
        c,
        await api.get<MatchResponse>(`/candidates/${encodeURIComponent(id)}/matches`, { signal }),
        signal,
        () => void loadReferrals(c),
      );
    } catch (error) {
      if (isAbort(error)) return;
      if (toProblem(error).status === 404) return candidateGone(main, heading);
      replace(
        profile,
        errorBox(toProblem(error), () => void load()),
      );
      referrals.replaceChildren();
      matches.replaceChildren();
    }
  }
  void load();
}
