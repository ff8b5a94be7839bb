import { api, isAbort, toProblem } from "../../core/api.ts";
import { h, replace } from "../../core/dom.ts";
import { COUNSELLING_TOPIC_LABELS } from "../../../../shared/domain/employer-measure.ts";
import { MEASURE_STATUS_LABELS } from "../../core/employer-labels.ts";
import { date } from "../../core/format.ts";
import { label } from "../../core/labels.ts";
import type { Page } from "../../core/types.ts";
import { field, input, optional, select } from "../../ui/field.ts";
import { clearErrors, showErrors } from "../../ui/form-errors.ts";
import { announce, busy, errorBox, focusHeading, loading } from "../../ui/status.ts";
import { employerApi, type Measure } from "./model.ts";

/**
 * Measures agreed with the employer: title, topic, due date and status, soonest due first. One
 * past its due date and still open says "überfällig" in words (not only by colour); its status
 * changes with a select and a button.
 */
/** The API says `overdue` (by the date in Germany); a measure just changed here is judged the same way. */
const OPEN = new Set(["agreed", "in-progress"]);
export const isOverdue = (m: Measure) => m.overdue && OPEN.has(m.status);

function dueText(m: Measure): HTMLElement {
  return isOverdue(m)
    ? h("p", { class: "overdue" }, h("strong", {}, "Überfällig"), ` – fällig war der ${date(m.due)}`)
    : h("p", {}, `Fällig am ${date(m.due)}`);
}

export function measuresSection(employerId: string, signal: AbortSignal): HTMLElement {
  const list = h("div", {}, loading());
  const status = h("div", { role: "status" });
  const path = `${employerApi(employerId)}/measures`;
  let measures: Measure[] = [];

  function item(m: Measure): HTMLElement {
    const headingId = `measure-${m.id}`;
    const choice = select(Object.entries(MEASURE_STATUS_LABELS), m.status, { "aria-describedby": headingId });
    const save = h(
      "button",
      { type: "submit", class: "button button--small button--secondary" },
      "Status speichern",
    );
    const change = h(
      "form",
      { class: "field-pair" },
      field({ label: "Status", path: "status" }, choice),
      save,
    );
    change.addEventListener("submit", (event) => {
      event.preventDefault();
      void busy(save, "Wird gespeichert …", async () => {
        try {
          const next = await api.patch<Measure>(
            `${path}/${encodeURIComponent(m.id)}`,
            { status: choice.value },
            { version: m.version },
          );
          measures = measures.map((x) => (x.id === m.id ? next : x));
          render();
          focusHeading(headingId);
          announce(`„${m.title}“: ${label(MEASURE_STATUS_LABELS, next.status)}.`);
        } catch (error) {
          replace(status, errorBox(toProblem(error)));
        }
      });
    });
    return h(
      "li",
      { class: `list__item${isOverdue(m) ? " list__item--overdue" : ""}`, "data-id": m.id },
      h(
        "div",
        { class: "list__main" },
        h("h3", { class: "h3", id: headingId }, m.title),
        h("p", {}, `Thema: ${label(COUNSELLING_TOPIC_LABELS, m.topic)}`),
        dueText(m),
      ),
      h(
        "div",
        { class: "list__side" },
        h("span", { class: "badge" }, label(MEASURE_STATUS_LABELS, m.status)),
      ),
      h("div", { class: "list__actions" }, change),
    );
  }

  function render() {
    const sorted = [...measures].sort((a, b) => a.due.localeCompare(b.due) || a.title.localeCompare(b.title));
    replace(
      list,
      sorted.length
        ? h("ul", { class: "list", "aria-label": "Vereinbarte Maßnahmen" }, sorted.map(item))
        : h("p", { class: "empty" }, "Noch keine Maßnahmen vereinbart."),
    );
  }

  const title = input({ maxlength: 200, name: "title" });
  const topic = select([["", "Bitte wählen"], ...Object.entries(COUNSELLING_TOPIC_LABELS)], "");
  const due = input({ type: "date", name: "due" });
  const summary = h("div", { class: "form-summary" });
  const add = h("button", { type: "submit", class: "button button--secondary" }, "Maßnahme vereinbaren");
  const form = h(
    "form",
    { class: "form", novalidate: true, "aria-labelledby": "new-measure-heading" },
    h("h3", { id: "new-measure-heading" }, "Neue Maßnahme"),
    summary,
    h(
      "div",
      { class: "grid" },
      field({ label: "Was wurde vereinbart?", path: "title", required: true, class: "span-2" }, title),
      field({ label: "Thema", path: "topic", required: true }, topic),
      field({ label: "Fällig am", path: "due", required: true }, due),
    ),
    h("div", { class: "actions" }, add),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void busy(add, "Wird gespeichert …", async () => {
      clearErrors(form);
      summary.replaceChildren();
      try {
        const body = { title: title.value.trim(), topic: optional(topic), due: optional(due) };
        const saved = await api.post<Measure>(path, body);
        measures = [...measures, saved];
        render();
        form.reset();
        announce(`Maßnahme „${saved.title}“ vereinbart, fällig am ${date(saved.due)}.`);
      } catch (error) {
        showErrors([form], summary, toProblem(error));
      }
    });
  });

  async function load() {
    try {
      measures = (await api.get<Page<Measure>>(path, { signal })).items;
      render();
    } catch (error) {
      if (!isAbort(error))
        replace(
          list,
          errorBox(toProblem(error), () => void load()),
        );
    }
  }
  void load();
  return h(
    "section",
    { "aria-labelledby": "measures-heading" },
    h("h2", { id: "measures-heading" }, "Maßnahmen"),
    status,
    list,
    h("div", { class: "card" }, form),
  );
}
