import { toProblem } from "../../core/api.ts";
import { h, replace } from "../../core/dom.ts";
import { date } from "../../core/format.ts";
import { languageList } from "../../core/labels.ts";
import { occupationText } from "../../core/occupations.ts";
import { navigate } from "../../core/router.ts";
import type { Candidate } from "../../core/types.ts";
import { announce, busy, errorBox, flash } from "../../ui/status.ts";
import { eraseCandidate, exportCandidate } from "./candidate-actions.ts";
import { handoutControl } from "./candidate-handout.ts";

/**
 * The top of a candidate's page: the profile's facts as saved and the actions on the whole
 * record (plan, handout, export, erase). Apart from the page, which loads the record and places
 * its sections; errors of an action show in the page's `status`.
 */
export function candidateProfile(c: Candidate, status: HTMLElement): HTMLElement[] {
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
  return [
    h(
      "dl",
      { class: "facts facts--wide" },
      facts.map(([k, v]) => h("div", {}, h("dt", {}, k), h("dd", {}, v))),
    ),
    actions(c, status),
  ];
}

function actions(c: Candidate, status: HTMLElement) {
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
