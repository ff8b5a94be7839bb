import { api, isAbort, toProblem } from "../../core/api.ts";
import { h, replace } from "../../core/dom.ts";
import { date } from "../../core/format.ts";
import { languageList } from "../../core/labels.ts";
import { occupationText } from "../../core/occupations.ts";
import { navigate, type RouteContext } from "../../core/router.ts";
import type { Candidate, MatchResponse, Page, Referral } from "../../core/types.ts";
import { announce, busy, errorBox, flash, loading } from "../../ui/status.ts";
import { candidateGone, eraseCandidate, exportCandidate } from "./candidate-actions.ts";
import { handoutControl } from "./candidate-handout.ts";
import { consentSection } from "./consent-section.ts";
import { esfSection } from "./esf-data.ts";
import { milestonesSection } from "./milestones.ts";
import { participationSection } from "./participation.ts";
import { proposeDialog } from "./propose-dialog.ts";
import { recognitionCase } from "./recognition-case.ts";
import type { ProposeTarget } from "./propose-target.ts";
import { coachReferralList } from "./referral-list.ts";
import { results } from "./results.ts";

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

  function actions(c: Candidate) {
    const exportButton = h(
      "button",
      { type: "button", class: "button button--secondary" },
      "Daten exportieren (JSON)",
    );
    exportButton.addEventListener(
      "click",
      () =>
        void busy(exportButton, "Export …", () => exportCandidate(c)).catch((e: unknown) =>
          replace(status, errorBox(toProblem(e))),
        ),
    );
    const erase = h("button", { type: "button", class: "button button--danger" }, "Kandidat:in löschen");
    erase.addEventListener("click", () => {
      // The click cannot wait: errors are shown inside, so nothing is left unhandled.
      void (async () => {
        try {
          if (await eraseCandidate(c)) {
            announce(`Kandidat:in ${c.reference} gelöscht.`);
            flash(`Kandidat:in ${c.reference} wurde gelöscht.`);
            navigate("/beratung/kandidaten");
          }
        } catch (error) {
          replace(status, errorBox(toProblem(error)));
        }
      })();
    });
    const handout = handoutControl(c, (e) => replace(status, errorBox(toProblem(e))));
    const plan = h(
      "a",
      { href: `/beratung/kandidaten/${encodeURIComponent(c.id)}/plan`, class: "button button--secondary" },
      "Qualifizierungsplan",
    );
    return h("div", { class: "actions" }, plan, handout, exportButton, erase);
  }

  function showMatches(c: Candidate, res: MatchResponse) {
    const propose = async (target: ProposeTarget, itemStatus: HTMLElement) => {
      const proposal = await proposeDialog(target, { preferred: c, occupation: c.occupation });
      if (!proposal) return;
      itemStatus.textContent = `${proposal.reference}: vorgeschlagen.`;
      void loadReferrals(c);
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
          showMatches(c, wider);
          matches.querySelector<HTMLElement>("h2")?.focus();
        })
        .catch((e: unknown) => !isAbort(e) && replace(matches, errorBox(toProblem(e))));
    // The dialog shows its own errors; the click need not wait for it.
    replace(
      matches,
      results(res, (target, s) => void propose(target, s), { heading: "Aktuelle Treffer", widen }),
    );
  }

  async function load() {
    try {
      const c = await api.get<Candidate>(`/candidates/${encodeURIComponent(id)}`, { signal });
      heading.textContent = `Kandidat:in ${c.reference}`;
      document.title = `Kandidat:in ${c.reference} – Passung`;
      const facts: [string, Node | string][] = [
        ["Aktenzeichen (von Passung vergeben)", c.reference],
        ...(c.ownReference
          ? [["Eigenes Aktenzeichen (nur für Ihre Organisation)", c.ownReference] as [string, string]]
          : []),
        ["Berufsgattung (KldB 2010)", occupationText(c.occupation)],
        ["Wohnort", `${c.location.postalCode} ${c.location.place} (${c.location.district.name})`],
        ["Umkreis", `${c.radiusKm} km`],
        ["Deutschniveau", c.germanLevel ?? "keine Angabe"],
        ["Sprachen", languageList(c.languages) || "keine Angabe"],
        ["Verfügbar ab", date(c.availableFrom) || "keine Angabe"],
      ];
      replace(
        profile,
        h(
          "dl",
          { class: "facts facts--wide" },
          facts.map(([k, v]) => h("div", {}, h("dt", {}, k), h("dd", {}, v))),
        ),
        actions(c),
      );
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
      showMatches(
        c,
        await api.get<MatchResponse>(`/candidates/${encodeURIComponent(id)}/matches`, { signal }),
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
