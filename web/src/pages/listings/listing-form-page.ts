import { api, isAbort, toProblem } from "../../core/api.ts";
import { h, replace } from "../../core/dom.ts";
import { STATUS_LABELS } from "../../core/labels.ts";
import { navigate, type RouteContext } from "../../core/router.ts";
import type { Listing } from "../../core/types.ts";
import { clearErrors, showErrors } from "../../ui/form-errors.ts";
import { busy, errorBox, flash, loading } from "../../ui/status.ts";
import type { Base } from "./listing-actions.ts";

/**
 * Create or edit an offer or a place. The API validates; its errors appear at each field and in a
 * summary. New items are saved as a draft or published at once; edits keep their status.
 */
export interface ListingFormOptions<T extends Listing> {
  base: Base;
  listPath: string;
  /** "Mentoringplatz", "Qualifizierungsangebot" */
  noun: string;
  newTitle: string;
  build(item?: T): { fields: HTMLElement[]; body(): Record<string, unknown> };
}

export function listingFormPage<T extends Listing>(o: ListingFormOptions<T>) {
  return ({ main, params, signal }: RouteContext) => {
    const id = params.id;
    const heading = h("h1", {}, id ? `${o.noun} bearbeiten` : o.newTitle);
    const content = h("div", {}, id ? loading() : null);
    main.append(heading, content);

    function render(item?: T) {
      const { fields, body } = o.build(item);
      const summary = h("div", { class: "form-summary" });
      const save = h(
        "button",
        { type: "submit", class: "button", value: "save" },
        item ? "Änderungen speichern" : "Als Entwurf speichern",
      );
      const publish = h(
        "button",
        { type: "submit", class: "button button--secondary", value: "publish" },
        "Speichern und veröffentlichen",
      );
      const canPublish = !item || item.status !== "published";
      const form = h(
        "form",
        { class: "form", novalidate: true },
        summary,
        item
          ? h(
              "p",
              {},
              "Status: ",
              h("span", { class: `badge badge--${item.status}` }, STATUS_LABELS[item.status]),
            )
          : null,
        ...fields,
        h(
          "div",
          { class: "actions" },
          save,
          canPublish ? publish : null,
          h("a", { href: o.listPath, class: "button button--link" }, "Abbrechen"),
        ),
      );
      form.addEventListener("submit", (event) => {
        event.preventDefault();
        const submitter = event.submitter instanceof HTMLButtonElement ? event.submitter : save;
        const published = submitter.value === "publish";
        void busy(submitter, "Wird gespeichert …", async () => {
          clearErrors(form);
          summary.replaceChildren();
          try {
            const status = published ? "published" : item ? undefined : "draft";
            const values = body();
            const saved = item
              ? await api.patch<T>(
                  `${o.base}/${encodeURIComponent(item.id)}`,
                  { ...values, status },
                  { version: item.version },
                )
              : await api.post<T>(o.base, { ...values, status });
            flash(
              `„${saved.title}“ gespeichert (${STATUS_LABELS[saved.status]}).${keptNote(form, values, item)}`,
            );
            navigate(o.listPath);
          } catch (error) {
            const problem = toProblem(error);
            if (problem.status === 412)
              problem.detail =
                "Jemand hat den Eintrag inzwischen geändert. Bitte laden Sie die Seite neu; Ihre Eingaben gehen dabei verloren.";
            showErrors([form], summary, problem);
          }
        });
      });
      replace(content, form);
    }

    if (!id) return render();
    void api
      .get<T>(`${o.base}/${encodeURIComponent(id)}`, { signal })
      .then((item) => {
        heading.textContent = `${o.noun} bearbeiten: ${item.title}`;
        render(item);
      })
      .catch((error: unknown) => !isAbort(error) && replace(content, errorBox(toProblem(error))));
  };
}

/**
 * PATCH merges into the stored item and cannot remove an optional field (the API has no null for
 * "remove"): say so when the user emptied one, instead of pretending it is gone.
 */
function keptNote(form: HTMLElement, values: Record<string, unknown>, item: Listing | undefined): string {
  if (!item) return "";
  const stored = item as unknown as Record<string, unknown>;
  const kept = Object.entries(values)
    .filter(([key, value]) => value === undefined && stored[key] !== undefined)
    .map(([key]) => form.querySelector(`[data-field="${key}"] :is(label, legend)`)?.textContent ?? key)
    .map((text) => text.replace(" (Pflichtfeld)", ""));
  return kept.length
    ? ` Hinweis: Geleerte Felder behalten vorerst ihren bisherigen Wert (${kept.join(", ")}).`
    : "";
}
