import { api, toProblem } from "../../core/api.ts";
import { h } from "../../core/dom.ts";
import { RECOGNITION_STATUS_LABELS, TRAINED_IN_LABELS } from "../../core/labels.ts";
import { topicsFor } from "../../core/topics.ts";
import type { Candidate } from "../../core/types.ts";
import { STATE_ENTRIES } from "../../../../shared/schemas/states.ts";
import { field, input, optional, select } from "../../ui/field.ts";
import { clearErrors, showErrors } from "../../ui/form-errors.ts";
import { busy, successBox } from "../../ui/status.ts";
import { bodySuggestion } from "./body-suggestion.ts";
import { decisionFields } from "./case-decision.ts";
import { referenceOccupationField } from "./reference-occupation.ts";

/**
 * The recognition case on the candidate's page, in the order of a Bescheid: Referenzberuf, where
 * the person trained, the Land and the competent body (proposed from the sourced data), then the
 * decision with its differences and the deadline. Saved with PATCH /candidates/{id}; errors at
 * the fields. The status the matching reads follows the result unless the coach changes it.
 */
const STATUS_OF_KIND: Record<string, keyof typeof RECOGNITION_STATUS_LABELS> = {
  full: "full",
  "partial-equivalence": "partial",
  "compensation-required": "partial",
  permit: "partial",
  refused: "none",
};

export function recognitionCase(c: Candidate, onSaved: (saved: Candidate) => void): HTMLElement {
  const r = c.recognition;
  const trainedIn = select([["", "keine Angabe"], ...Object.entries(TRAINED_IN_LABELS)], r?.trainedIn ?? "");
  const state = select([["", "keine Angabe"], ...STATE_ENTRIES], r?.state ?? c.location.state.code);
  // A case recorded before issue 28 named the body in `authority`.
  const body = input({ value: r?.body ?? r?.authority, maxlength: 300 });
  const status = select(Object.entries(RECOGNITION_STATUS_LABELS), r?.status ?? "pending");
  const suggestion = bodySuggestion((text) => {
    body.value = text;
    body.dispatchEvent(new Event("input", { bubbles: true }));
    body.focus();
  });
  const reference = referenceOccupationField(r?.referenceOccupation, () => void ask());
  const occupation = () => reference.occupation() ?? c.occupation;
  const ask = () =>
    suggestion.update({ occupation: occupation(), state: state.value, trainedIn: trainedIn.value });
  trainedIn.addEventListener("change", () => void ask());
  state.addEventListener("change", () => void ask());
  const decision = decisionFields(
    r?.decision,
    r?.deadline,
    () => topicsFor(occupation()),
    (kind) => {
      const derived = STATUS_OF_KIND[kind];
      if (derived) status.value = derived;
    },
  );

  const summary = h("div", { class: "form-summary" });
  const done = h("div", { role: "status" });
  const submit = h("button", { type: "submit", class: "button" }, "Anerkennungsfall speichern");
  const form = h(
    "form",
    { class: "form", novalidate: true, "aria-labelledby": "case-heading" },
    summary,
    h(
      "fieldset",
      { class: "group" },
      h("legend", {}, "Verfahren"),
      h(
        "div",
        { class: "grid" },
        reference.el,
        field({ label: "Ausbildung in", path: "recognition.trainedIn" }, trainedIn),
        field({ label: "Land des Verfahrens", path: "recognition.state" }, state),
        field(
          { label: "Zuständige Stelle", path: "recognition.body", class: "span-2", after: suggestion.el },
          body,
        ),
      ),
    ),
    h(
      "fieldset",
      { class: "group" },
      h("legend", {}, "Bescheid"),
      h(
        "div",
        { class: "grid" },
        ...decision.fields,
        field(
          {
            label: "Anerkennungsstand für die Suche",
            path: "recognition.status",
            hint: "Folgt dem Ergebnis; änderbar.",
          },
          status,
        ),
      ),
    ),
    h("div", { class: "actions" }, submit),
    done,
  );
  let current = c;
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void busy(submit, "Wird gespeichert …", async () => {
      clearErrors(form);
      summary.replaceChildren();
      done.replaceChildren();
      const recognition = {
        ...current.recognition,
        status: status.value,
        referenceOccupation: reference.value(),
        trainedIn: optional(trainedIn),
        state: optional(state),
        body: optional(body),
        decision: decision.value(),
        deadline: decision.deadline(),
      };
      try {
        // Into the page's candidate itself: the participation and ESF forms save it too, and
        // each sends the version the last save of any of them returned.
        current = Object.assign(
          current,
          await api.patch<Candidate>(
            `/candidates/${encodeURIComponent(c.id)}`,
            { recognition },
            { version: current.version },
          ),
        );
        done.append(successBox("Anerkennungsfall gespeichert."));
        onSaved(current);
      } catch (error) {
        showErrors([form], summary, toProblem(error));
      }
    });
  });
  void ask();
  return h(
    "section",
    { "aria-labelledby": "case-heading" },
    h("h2", { id: "case-heading" }, "Anerkennungsfall"),
    form,
  );
}
