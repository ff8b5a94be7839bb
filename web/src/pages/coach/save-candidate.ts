import { api, toProblem } from "../../core/api.ts";
import { h } from "../../core/dom.ts";
import type { Candidate } from "../../core/types.ts";
import { field, input } from "../../ui/field.ts";
import { clearErrors, showErrors } from "../../ui/form-errors.ts";
import { busy } from "../../ui/status.ts";
import type { Profile } from "./search-form.ts";

/**
 * "Als Kandidat:in speichern": the searched profile; Passung issues the case number. The coach may
 * add an own file number (`ownReference`), which only their organisation ever sees. Errors about
 * the profile appear at the search form's fields, about the own file number here.
 */
export function saveCandidateForm(options: {
  profile(): Profile;
  /** Other forms whose fields may carry errors (the search form). */
  related: HTMLElement[];
  summary: HTMLElement;
  onSaved(candidate: Candidate): void;
}) {
  const ownReference = input({ autocomplete: "off", spellcheck: "false", maxlength: 64 });
  const alerts = h("input", { type: "checkbox" });
  const submit = h(
    "button",
    { type: "submit", class: "button button--secondary" },
    "Als Kandidat:in speichern",
  );
  const form = h(
    "form",
    { class: "form save-form", novalidate: true, "aria-label": "Als Kandidat:in speichern" },
    field(
      {
        label: "Eigenes Aktenzeichen (nur für Ihre Organisation)",
        path: "ownReference",
        hint: "Freiwillig, ohne Namen und Leerzeichen, z. B. AZ-2026/17. Das Aktenzeichen in Nachrichten vergibt Passung (z. B. MOZ-2026-0042).",
      },
      ownReference,
    ),
    h(
      "div",
      { class: "field", "data-field": "alerts" },
      h(
        "label",
        { class: "check" },
        alerts,
        " Benachrichtigen bei neuen Angeboten",
        h("span", { class: "check__hint" }, "Eine Nachricht, wenn ein neues passendes Angebot erscheint."),
      ),
    ),
    h("div", { class: "actions" }, submit),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void busy(submit, "Wird gespeichert …", async () => {
      clearErrors(form, ...options.related);
      options.summary.replaceChildren();
      try {
        const own = ownReference.value.trim();
        const candidate = await api.post<Candidate>("/candidates", {
          ...(own ? { ownReference: own } : {}),
          ...options.profile(),
          alerts: alerts.checked,
        });
        options.onSaved(candidate);
      } catch (error) {
        showErrors([form, ...options.related], options.summary, toProblem(error));
      }
    });
  });
  return form;
}
