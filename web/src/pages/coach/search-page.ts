import { api, isAbort, toProblem } from "../../core/api.ts";
import { h, replace } from "../../core/dom.ts";
import { REFERRAL_LABELS } from "../../core/labels.ts";
import { counted } from "../../core/plural.ts";
import type { RouteContext } from "../../core/router.ts";
import type { Candidate, MatchResponse } from "../../core/types.ts";
import { clearErrors, showErrors } from "../../ui/form-errors.ts";
import { announce, busy, loading, successBox } from "../../ui/status.ts";
import { proposeDialog } from "./propose-dialog.ts";
import type { ProposeTarget } from "./propose-target.ts";
import { results } from "./results.ts";
import { saveCandidateForm } from "./save-candidate.ts";
import { searchForm } from "./search-form.ts";

/** The coach's search: profile → ranked matches with reasons; save as candidate; propose to offers and places. */
export function searchPage({ main, signal }: RouteContext): void {
  const summary = h("div", { class: "form-summary" });
  const output = h("div", { class: "results-output" });
  const saved = h("div", { class: "saved" });
  let candidate: Candidate | undefined;

  const search = searchForm((profile) => {
    void busy(search.submit, "Suche läuft …", async () => {
      clearErrors(search.form, save);
      summary.replaceChildren();
      replace(output, loading("Suche läuft …"));
      try {
        const res = await api.post<MatchResponse>("/matches", { ...profile, limit: 50 }, { signal });
        replace(
          output,
          results(res, (target, s) => void propose(target, s), {
            widen: (km) => void search.searchWithRadius(km),
            searchOccupation: (code) => void search.searchWithOccupation(code),
          }),
        );
        announce(
          `${counted(res.offers.length, "offer")} und ${counted(res.places.length, "place")} gefunden.`,
        );
        output.querySelector<HTMLElement>("h2")?.focus();
      } catch (error) {
        if (isAbort(error)) return;
        output.replaceChildren();
        showErrors([search.form], summary, toProblem(error));
      }
    });
  });

  const save = saveCandidateForm({
    profile: search.profile,
    related: [search.form],
    summary,
    onSaved(c) {
      candidate = c;
      replace(
        saved,
        successBox(
          `Gespeichert unter dem Aktenzeichen ${c.reference}. Vorschläge an Angebote und Mentoringplätze gehen an diese Kandidat:in. `,
          h(
            "a",
            { href: `/beratung/kandidaten/${encodeURIComponent(c.id)}` },
            `Kandidat:in ${c.reference} öffnen`,
          ),
        ),
      );
    },
  });

  async function propose(target: ProposeTarget, status: HTMLElement) {
    const proposal = await proposeDialog(target, {
      preferred: candidate,
      occupation: search.profile().occupation,
    });
    if (!proposal) return;
    const state = REFERRAL_LABELS[proposal.referral.status];
    replace(
      status,
      `${proposal.reference}: ${state}. `,
      h("a", { href: "/beratung/vorschlaege" }, "Zu den Vorschlägen"),
    );
    announce("Vorschlag gesendet.");
  }

  main.append(
    h("h1", {}, "Passende Qualifizierungen und Mentoringplätze finden"),
    h(
      "p",
      { class: "lead" },
      "Beschreiben Sie die Kandidat:in. Die Ergebnisse sind nach Passung sortiert, jeweils mit den Gründen.",
    ),
    summary,
    search.form,
    h(
      "section",
      { class: "card save-section", "aria-labelledby": "save-heading" },
      h("h2", { id: "save-heading" }, "Profil speichern"),
      h(
        "p",
        { class: "hint" },
        "Gespeicherte Profile können Sie Qualifizierungsangeboten und Mentoringplätzen vorschlagen; sie werden nach Ablauf der Aufbewahrungsfrist gelöscht.",
      ),
      save,
      saved,
    ),
    output,
  );
}
