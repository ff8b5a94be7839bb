import { api, toProblem } from "../../core/api.ts";
import { h, replace } from "../../core/dom.ts";
import { date, today } from "../../core/format.ts";
import { label } from "../../core/labels.ts";
import { EXIT_REASON_LABELS } from "../../core/participation-labels.ts";
import type { Candidate } from "../../core/types.ts";
import { field, select } from "../../ui/field.ts";
import { clearErrors, showErrors } from "../../ui/form-errors.ts";
import { busy, focusHeading } from "../../ui/status.ts";
import { retentionText } from "./retention.ts";

/**
 * Participation on the candidate's page (issue 30): the entry date, the exit with its reason,
 * and reopening an exit recorded by mistake. Saved with PATCH /candidates/{id}; errors at the
 * fields. `onSaved` keeps the page's candidate (and so its version) the saved one.
 */
export function participationSection(c: Candidate, onSaved: (saved: Candidate) => void): HTMLElement {
  const body = h("div", {});
  const status = h("div", { role: "status" });

  async function save(form: HTMLFormElement, summary: HTMLElement, patch: unknown, done: string) {
    clearErrors(form);
    summary.replaceChildren();
    try {
      const saved = await api.patch<Candidate>(`/candidates/${encodeURIComponent(c.id)}`, patch, {
        version: c.version,
      });
      onSaved(saved);
      render();
      // The form that was used is gone: keyboard users go on from the section's heading.
      focusHeading("participation-heading");
      status.textContent = done;
    } catch (error) {
      showErrors([form], summary, toProblem(error));
    }
  }

  function entryForm(): HTMLElement {
    const day = h("input", { type: "date", value: c.entryDate ?? "" });
    const summary = h("div", { class: "form-summary" });
    const submit = h("button", { type: "submit", class: "button button--secondary" }, "Eintritt speichern");
    const form = h(
      "form",
      { class: "form", novalidate: true, "aria-label": "Eintritt" },
      summary,
      field({ label: "Eintrittsdatum", path: "entryDate", hint: "Tag des Erstgesprächs" }, day),
      h("div", { class: "actions" }, submit),
    );
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      void busy(submit, "Wird gespeichert …", () =>
        save(form, summary, { entryDate: day.value }, "Eintritt gespeichert."),
      );
    });
    return form;
  }

  function exitForm(): HTMLElement {
    const day = h("input", { type: "date", value: today() });
    const reason = select([["", "Bitte wählen"], ...Object.entries(EXIT_REASON_LABELS)], "");
    const summary = h("div", { class: "form-summary" });
    const submit = h("button", { type: "submit", class: "button button--secondary" }, "Austritt erfassen");
    const form = h(
      "form",
      { class: "form", novalidate: true, "aria-label": "Austritt" },
      summary,
      h(
        "div",
        { class: "grid" },
        field({ label: "Austrittsdatum", path: "exit.date" }, day),
        field({ label: "Grund des Austritts", path: "exit.reason" }, reason),
      ),
      h("div", { class: "actions" }, submit),
    );
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      void busy(submit, "Wird gespeichert …", () =>
        save(form, summary, { exit: { date: day.value, reason: reason.value } }, "Austritt gespeichert."),
      );
    });
    return form;
  }

  /** An exit recorded by mistake (or a person who comes back) is taken back: the case runs on. */
  function reopenForm(): HTMLElement {
    const summary = h("div", { class: "form-summary" });
    const submit = h("button", { type: "submit", class: "button button--secondary" }, "Wieder aufnehmen");
    const form = h(
      "form",
      { class: "form", novalidate: true, "aria-label": "Wieder aufnehmen" },
      summary,
      h("p", { class: "hint" }, "Nimmt den Austritt zurück; die Teilnahme läuft weiter."),
      h("div", { class: "actions", "data-field": "exit" }, submit),
    );
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      void busy(submit, "Wird gespeichert …", () =>
        save(form, summary, { exit: null }, "Teilnahme wieder aufgenommen."),
      );
    });
    return form;
  }

  function render() {
    const exit = c.exit;
    const facts: [string, string][] = [
      ["Eintritt", date(c.entryDate) || "nicht erfasst"],
      [
        "Austritt",
        exit ? `${date(exit.date)}: ${label(EXIT_REASON_LABELS, exit.reason)}` : "noch in der Teilnahme",
      ],
    ];
    replace(
      body,
      h(
        "dl",
        { class: "facts facts--wide" },
        facts.map(([k, v]) => h("div", {}, h("dt", {}, k), h("dd", {}, v))),
      ),
      h("p", { class: "retention" }, retentionText(c)),
      entryForm(),
      exit ? reopenForm() : exitForm(),
    );
  }
  render();
  return h(
    "section",
    { "aria-labelledby": "participation-heading" },
    h("h2", { id: "participation-heading" }, "Teilnahme"),
    body,
    status,
  );
}
