import { h } from "../../core/dom.ts";
import { DECISION_KIND_LABELS, MEASURE_LABELS } from "../../core/labels.ts";
import type { Decision } from "../../../../shared/schemas/recognition.ts";
import { field, input, optional, select } from "../../ui/field.ts";
import { differenceRows } from "./difference-rows.ts";

/**
 * The Bescheid: date, result, the compensation measure and whether the applicant may choose it
 * (only with "Ausgleichsmaßnahme erforderlich"), the differences, and the deadline of the measure.
 */
export function decisionFields(
  d: Decision | undefined,
  deadlineValue: string | undefined,
  topics: () => Promise<string[]>,
  onKind: (kind: string) => void,
) {
  const date = input({ type: "date", value: d?.date });
  const kind = select([["", "noch kein Bescheid"], ...Object.entries(DECISION_KIND_LABELS)], d?.kind ?? "");
  const measure = select([["", "bitte wählen"], ...Object.entries(MEASURE_LABELS)], d?.measure ?? "");
  const choice = h("input", { type: "checkbox", checked: d?.choice ?? false });
  const deadline = input({ type: "date", value: deadlineValue });
  const differences = differenceRows(d?.differences ?? [], topics);
  const measureFields = h(
    "div",
    { class: "span-2 grid" },
    field({ label: "Ausgleichsmaßnahme", path: "recognition.decision.measure" }, measure),
    h(
      "div",
      { class: "field", "data-field": "recognition.decision.choice" },
      h("label", { class: "check" }, choice, " Wahlrecht (z. B. Kenntnisprüfung oder Anpassungslehrgang)"),
    ),
  );
  const compensation = () => kind.value === "compensation-required";
  const showMeasure = () => (measureFields.hidden = !compensation());
  kind.addEventListener("change", () => {
    showMeasure();
    onKind(kind.value);
  });
  showMeasure();

  const fields = [
    field({ label: "Bescheid vom", path: "recognition.decision.date" }, date),
    field({ label: "Ergebnis", path: "recognition.decision.kind" }, kind),
    measureFields,
    differences.el,
    field(
      {
        label: "Frist",
        path: "recognition.deadline",
        hint: "Bis wann die Maßnahme abgeschlossen sein muss, z. B. Ende der Aufenthaltserlaubnis nach § 16d.",
      },
      deadline,
    ),
  ];
  /** The decision, when anything of it is filled in (a missing result is then named by the API). */
  function value() {
    const list = differences.values();
    if (!kind.value && !date.value && !list.length) return undefined;
    return {
      date: date.value,
      kind: kind.value,
      ...(compensation() ? { measure: optional(measure), choice: choice.checked } : {}),
      differences: list,
    };
  }
  return { fields, value, deadline: () => optional(deadline) };
}
