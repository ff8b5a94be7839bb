import { api, toProblem } from "../../core/api.ts";
import { h, replace } from "../../core/dom.ts";
import {
  AGE_BAND_LABELS,
  EMPLOYMENT_AT_ENTRY_LABELS,
  GENDER_LABELS,
  ISCED_LABELS,
  THIRD_COUNTRY_LABELS,
} from "../../core/participation-labels.ts";
import type { Candidate } from "../../core/types.ts";
import { field, select } from "../../ui/field.ts";
import { clearErrors, showErrors } from "../../ui/form-errors.ts";
import { busy, successBox } from "../../ui/status.ts";

/** True when the candidate gave `scope` and has not withdrawn it. */
export const hasConsent = (c: Candidate, scope: string) =>
  ((c as { consents?: { scope: string; withdrawn?: unknown }[] }).consents ?? []).some(
    (x) => x.scope === scope && !x.withdrawn,
  );

const choices = (labels: Record<string, string>) =>
  [["", "Bitte wählen"], ...Object.entries(labels)] as const;

/**
 * ESF Plus participant data (issue 30): only with the candidate's `esf-data` consent — without it
 * the form is not offered at all, and a sentence says where the consent is recorded. Saved with
 * PATCH /candidates/{id} `{esf}`; errors at the fields. `update` redraws it when the consent changed (the page calls it after every save).
 */
export function esfSection(c: Candidate, onSaved: (saved: Candidate) => void) {
  const body = h("div", {});

  function form(): HTMLElement {
    const esf = c.esf;
    const ageBand = select(choices(AGE_BAND_LABELS), esf?.ageBand ?? "");
    const gender = select(choices(GENDER_LABELS), esf?.gender ?? "");
    const employment = select(choices(EMPLOYMENT_AT_ENTRY_LABELS), esf?.employmentAtEntry ?? "");
    const isced = select(choices(ISCED_LABELS), esf?.isced ?? "");
    const thirdCountry = select(
      choices(THIRD_COUNTRY_LABELS),
      esf === undefined ? "" : String(esf.thirdCountryNational),
    );
    const summary = h("div", { class: "form-summary" });
    const done = h("div", { role: "status" });
    const submit = h("button", { type: "submit", class: "button button--secondary" }, "ESF-Daten speichern");
    const el = h(
      "form",
      { class: "form", novalidate: true, "aria-labelledby": "esf-heading" },
      summary,
      h(
        "div",
        { class: "grid" },
        field({ label: "Altersgruppe beim Eintritt", path: "esf.ageBand" }, ageBand),
        field({ label: "Geschlecht", path: "esf.gender" }, gender),
        field({ label: "Erwerbsstatus beim Eintritt", path: "esf.employmentAtEntry" }, employment),
        field({ label: "Bildungsstand (ISCED)", path: "esf.isced" }, isced),
        field(
          {
            label: "Drittstaatsangehörigkeit",
            path: "esf.thirdCountryNational",
            hint: "Nicht EU, EWR oder Schweiz",
          },
          thirdCountry,
        ),
      ),
      h("div", { class: "actions" }, submit),
      done,
    );
    el.addEventListener("submit", (event) => {
      event.preventDefault();
      void busy(submit, "Wird gespeichert …", async () => {
        clearErrors(el);
        summary.replaceChildren();
        done.replaceChildren();
        const data = {
          ageBand: ageBand.value,
          gender: gender.value,
          employmentAtEntry: employment.value,
          isced: isced.value,
          // Not chosen is left out, so the API asks for it rather than reading "no".
          thirdCountryNational: thirdCountry.value === "" ? undefined : thirdCountry.value === "true",
        };
        try {
          const saved = await api.patch<Candidate>(
            `/candidates/${encodeURIComponent(c.id)}`,
            { esf: data },
            { version: c.version },
          );
          onSaved(saved);
          done.append(successBox("ESF-Daten gespeichert."));
        } catch (error) {
          showErrors([el], summary, toProblem(error));
        }
      });
    });
    return el;
  }

  /** Redraws only when the consent changed: a form being filled in stays as it is otherwise. */
  let shown: boolean | undefined;
  function update() {
    const allowed = hasConsent(c, "esf-data");
    if (allowed === shown) return;
    shown = allowed;
    replace(
      body,
      allowed
        ? form()
        : h(
            "p",
            {},
            "ESF-Plus-Daten werden nur mit der Einwilligung der Person in ihre Erfassung gespeichert. ",
            "Erfassen Sie zuerst die Einwilligung „ESF-Plus-Daten“ im Abschnitt ",
            h("a", { href: "#einwilligung" }, "Einwilligung"),
            ".",
          ),
    );
  }
  update();
  const el = h(
    "section",
    { "aria-labelledby": "esf-heading" },
    h("h2", { id: "esf-heading" }, "ESF-Plus-Daten"),
    h(
      "p",
      { class: "hint" },
      "Für den Bericht an den Europäischen Sozialfonds Plus; die Statistik zählt sie nur in Gruppen, nie einzeln.",
    ),
    body,
  );
  return { el, update };
}
