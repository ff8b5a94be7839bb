import { api, isAbort, toProblem } from "../../core/api.ts";
import { h, replace } from "../../core/dom.ts";
import { date } from "../../core/format.ts";
import { field, input, select } from "../../ui/field.ts";
import { clearErrors, showErrors } from "../../ui/form-errors.ts";
import { announce, busy, errorBox, loading } from "../../ui/status.ts";

/** What happened after the match: listed, and recorded with a small form (POST /candidates/{id}/milestones). */
interface Milestone {
  id: string;
  type: string;
  date: string;
  occupation?: string;
  adequate?: boolean;
}

const TYPES: [string, string][] = [
  ["qualification.started", "Qualifizierung begonnen"],
  ["qualification.completed", "Qualifizierung abgeschlossen"],
  ["qualification.dropped", "Qualifizierung abgebrochen"],
  ["mentoring.started", "Mentoring begonnen"],
  ["mentoring.completed", "Mentoring abgeschlossen"],
  // Not "Teilanerkennung": a non-regulated occupation's Bescheid finds partial equivalence, a
  // regulated profession's sets a compensation measure (issue 27).
  ["recognition.partial", "Teilweise Gleichwertigkeit / Ausgleichsmaßnahme erforderlich"],
  ["recognition.full", "Volle Anerkennung"],
  ["employment.started", "Beschäftigung begonnen"],
  ["followup.sixMonths", "Nachbefragung nach 6 Monaten"],
];
const label = (type: string) => TYPES.find(([t]) => t === type)?.[1] ?? type;

function item(m: Milestone): HTMLElement {
  const job =
    m.type === "employment.started" && m.occupation
      ? ` – Beruf ${m.occupation}, ${m.adequate ? "adäquat" : "unter dem Niveau des Referenzberufs"}`
      : "";
  return h("li", {}, `${date(m.date)}: ${label(m.type)}${job}`);
}

export function milestonesSection(candidateId: string, signal: AbortSignal): HTMLElement {
  const list = h("div", {}, loading());
  const type = select(TYPES, "qualification.started", { name: "type" });
  const day = h("input", { type: "date", name: "date", value: new Date().toISOString().slice(0, 10) });
  const occupation = input({ name: "occupation", inputmode: "numeric", maxlength: 5 });
  const occupationField = field(
    { label: "KldB-Beruf der Stelle", path: "occupation", hint: "Fünf Ziffern, z. B. 81302" },
    occupation,
  );
  const showOccupation = () => (occupationField.hidden = type.value !== "employment.started");
  type.addEventListener("change", showOccupation);
  showOccupation();
  const summary = h("div", { class: "form-summary" });
  const submit = h("button", { type: "submit", class: "button button--secondary" }, "Meilenstein erfassen");
  const form = h(
    "form",
    { class: "form", novalidate: true },
    summary,
    field({ label: "Meilenstein", path: "type" }, type),
    field({ label: "Datum", path: "date" }, day),
    occupationField,
    h("div", { class: "actions" }, submit),
  );

  async function load() {
    try {
      const { items } = await api.get<{ items: Milestone[] }>(`/candidates/${candidateId}/milestones`, {
        signal,
      });
      replace(list, items.length ? h("ul", {}, items.map(item)) : h("p", {}, "Noch keine Meilensteine."));
    } catch (error) {
      if (!isAbort(error)) replace(list, errorBox(toProblem(error)));
    }
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void busy(submit, "Wird gespeichert …", async () => {
      clearErrors(form);
      try {
        const body = {
          type: type.value,
          date: day.value,
          ...(type.value === "employment.started" ? { occupation: occupation.value.trim() } : {}),
        };
        const created = await api.post<{ warnings: string[] }>(`/candidates/${candidateId}/milestones`, body);
        announce(["Meilenstein gespeichert.", ...created.warnings].join(" "));
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
