import { h } from "../../core/dom.ts";
import { LEARNING_KIND_LABELS } from "../../core/labels.ts";
import type { Difference } from "../../../../shared/schemas/recognition.ts";
import { field, input, optionalNumber, select } from "../../ui/field.ts";
import { announce } from "../../ui/status.ts";
import { suggestInput } from "../../ui/suggest-input.ts";

/**
 * The differences a Bescheid names, one row each (Thema, Stunden, Art), made for typing them off
 * the paper: Enter in a row opens the next one, a topic suggests the words already used in the
 * Berufsgruppe. Each field carries its API path (recognition.decision.differences[2].hours), so a
 * 400 lands at the row; rows are renumbered when one is removed.
 */
const PATH = "recognition.decision.differences";
/** As shared/schemas/recognition.ts (a value from there would bundle zod into the pages). */
const MAX_DIFFERENCES = 30;

interface Row {
  el: HTMLElement;
  topic: HTMLInputElement;
  hours: HTMLInputElement;
  kind: HTMLSelectElement;
}

export function differenceRows(initial: readonly Difference[], topics: () => Promise<string[]>) {
  const list = h("ol", { class: "differences" });
  const count = h("p", { class: "hint", role: "status" });
  const add = h("button", { type: "button", class: "button button--secondary" }, "Unterschied hinzufügen");
  let rows: Row[] = [];

  function renumber() {
    for (const [i, row] of rows.entries()) {
      const n = i + 1;
      row.el.dataset.field = `${PATH}[${i}]`;
      for (const [part, text] of [
        ["topic", "Thema"],
        ["hours", "Stunden"],
        ["kind", "Art"],
      ] as const) {
        const container = row[part].closest<HTMLElement>(".field");
        if (!container) continue;
        container.dataset.field = `${PATH}[${i}].${part}`;
        const label = container.querySelector("label");
        if (label) label.textContent = `${text} ${n}`;
      }
      row.el.querySelector(".differences__remove")?.setAttribute("aria-label", `Unterschied ${n} entfernen`);
    }
    const full = rows.length >= MAX_DIFFERENCES;
    add.disabled = full;
    count.textContent = full
      ? `${MAX_DIFFERENCES} Unterschiede – mehr nimmt der Fall nicht auf.`
      : `${rows.length} von höchstens ${MAX_DIFFERENCES} Zeilen.`;
  }

  function addRow(d?: Difference, after?: Row): Row | undefined {
    if (rows.length >= MAX_DIFFERENCES) return undefined;
    const topic = suggestInput({
      source: topics,
      listLabel: "Vorgeschlagene Themen",
      attrs: { maxlength: 120 },
    });
    topic.input.value = d?.topic ?? "";
    const hours = input({ inputmode: "numeric", value: d?.hours, class: "input--short" });
    const kind = select(Object.entries(LEARNING_KIND_LABELS), d?.kind ?? "theory");
    const remove = h(
      "button",
      { type: "button", class: "button button--link differences__remove" },
      "Entfernen",
    );
    const el = h(
      "li",
      { class: "differences__row" },
      field({ label: "Thema", path: "", class: "differences__topic" }, topic.el),
      field({ label: "Stunden", path: "" }, hours),
      field({ label: "Art", path: "" }, kind),
      remove,
    );
    const row: Row = { el, topic: topic.input, hours, kind };
    remove.addEventListener("click", () => {
      const at = rows.indexOf(row);
      rows = rows.filter((r) => r !== row);
      el.remove();
      renumber();
      announce(`Unterschied ${at + 1} entfernt.`);
      (rows[Math.min(at, rows.length - 1)]?.topic ?? add).focus();
    });
    // Enter goes on to the next row (a new one after the last), never submits the whole case.
    el.addEventListener("keydown", (event) => {
      if (
        event.key !== "Enter" ||
        !(event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement)
      )
        return;
      event.preventDefault();
      if (!row.topic.value.trim()) return;
      const next = rows[rows.indexOf(row) + 1] ?? addRow(undefined, row);
      next?.topic.focus();
    });
    const at = after ? rows.indexOf(after) + 1 : rows.length;
    rows.splice(at, 0, row);
    if (after) after.el.after(el);
    else list.append(el);
    renumber();
    return row;
  }

  add.addEventListener("click", () => addRow()?.topic.focus());
  for (const d of initial) addRow(d);
  if (!rows.length) addRow();

  const el = h(
    "fieldset",
    { class: "field fieldset span-2", "data-field": PATH },
    h("legend", {}, "Unterschiede laut Bescheid"),
    h(
      "p",
      { class: "hint" },
      "Je Zeile ein Thema mit Stunden (falls genannt) und Art. Enter öffnet die nächste Zeile; leere Zeilen werden nicht gespeichert.",
    ),
    list,
    count,
    add,
  );
  /**
   * The differences to send. Empty rows are removed first, so the row numbers on the page are the
   * indexes the API names in its errors.
   */
  function values(): unknown[] {
    for (const row of rows.filter((r) => !r.topic.value.trim() && !r.hours.value.trim())) {
      if (rows.length === 1) break;
      row.el.remove();
      rows = rows.filter((r) => r !== row);
    }
    renumber();
    return rows
      .filter((r) => r.topic.value.trim() || r.hours.value.trim())
      .map((r) => ({ topic: r.topic.value.trim(), hours: optionalNumber(r.hours), kind: r.kind.value }));
  }
  return { el, values };
}
