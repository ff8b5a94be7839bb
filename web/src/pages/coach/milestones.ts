import { api, isAbort, toProblem } from "../../core/api.ts";
import { h, replace } from "../../core/dom.ts";
import { FOLLOWUP_STATUS_LABELS } from "../../core/participation-labels.ts";
import { field, input, select } from "../../ui/field.ts";
import { clearErrors, showErrors } from "../../ui/form-errors.ts";
import { busy, errorBox, loading } from "../../ui/status.ts";
import { byDate, inGerman, type Milestone, milestoneItem, TYPES } from "./milestone-item.ts";
import { milestoneReferral } from "./milestone-referral.ts";

/** What happened after the match: listed, and recorded with a small form (POST /candidates/{id}/milestones). */
export function milestonesSection(candidateId: string, signal: AbortSignal): HTMLElement {
  const list = h("div", {}, loading());
  const type = select(TYPES, "qualification.started", { name: "type" });
  const day = h("input", { type: "date", name: "date", value: new Date().toISOString().slice(0, 10) });
  const occupation = input({ name: "occupation", inputmode: "numeric", maxlength: 5 });
  const occupationField = field(
    { label: "KldB-Beruf der Stelle", path: "occupation", hint: "Fünf Ziffern, z. B. 81302" },
    occupation,
  );
  const status = select([["", "Bitte wählen"], ...Object.entries(FOLLOWUP_STATUS_LABELS)], "", {
    name: "status",
  });
  const statusField = field(
    {
      label: "Ergebnis der Nachbefragung",
      path: "status",
      hint: "Was die Person sechs Monate nach dem Austritt macht",
    },
    status,
  );
  const referral = milestoneReferral(candidateId, signal);
  const showExtras = () => {
    occupationField.hidden = type.value !== "employment.started";
    statusField.hidden = type.value !== "followup.sixMonths";
    void referral.showFor(type.value);
  };
  type.addEventListener("change", showExtras);
  showExtras();
  const summary = h("div", { class: "form-summary" });
  // Saved, and what looks out of order: visible next to the form, and read out (role=status).
  const outcome = h("div", { role: "status", class: "milestone-outcome" });
  const submit = h("button", { type: "submit", class: "button button--secondary" }, "Meilenstein erfassen");
  const form = h(
    "form",
    { class: "form", novalidate: true },
    summary,
    field({ label: "Meilenstein", path: "type" }, type),
    field({ label: "Datum", path: "date" }, day),
    referral.el,
    occupationField,
    statusField,
    h("div", { class: "actions" }, submit),
    outcome,
  );

  async function load() {
    try {
      const { items } = await api.get<{ items: Milestone[] }>(`/candidates/${candidateId}/milestones`, {
        signal,
      });
      // A milestone of a referral names its place or offer.
      await referral.ready;
      replace(
        list,
        items.length
          ? h(
              "ul",
              { "aria-label": "Erfasste Meilensteine" },
              [...items].sort(byDate).map((m) => milestoneItem(m, referral.titleOf)),
            )
          : h("p", {}, "Noch keine Meilensteine."),
      );
    } catch (error) {
      if (!isAbort(error)) replace(list, errorBox(toProblem(error)));
    }
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void busy(submit, "Wird gespeichert …", async () => {
      clearErrors(form);
      outcome.replaceChildren();
      try {
        const body = {
          type: type.value,
          date: day.value,
          ...referral.value(),
          ...(type.value === "employment.started" ? { occupation: occupation.value.trim() } : {}),
          ...(type.value === "followup.sixMonths" ? { status: status.value } : {}),
        };
        const created = await api.post<{ warnings: string[] }>(`/candidates/${candidateId}/milestones`, body);
        const warnings = created.warnings.map(inGerman);
        outcome.replaceChildren(
          warnings.length
            ? h(
                "div",
                { class: "alert alert--warn" },
                h("p", { class: "alert__title" }, "Meilenstein gespeichert – bitte prüfen:"),
                h(
                  "ul",
                  {},
                  warnings.map((w) => h("li", {}, w)),
                ),
              )
            : h("p", { class: "alert alert--success" }, "Meilenstein gespeichert."),
        );
        await load();
      } catch (error) {
        showErrors([form], summary, toProblem(error));
      }
    });
  });
  void load();
  return h(
    "section",
    { "aria-labelledby": "milestones-heading" },
    h("h2", { id: "milestones-heading" }, "Meilensteine"),
    list,
    form,
  );
}
