import { h } from "../../core/dom.ts";
import { date } from "../../core/format.ts";
import { label as labelOf } from "../../core/labels.ts";
import { FOLLOWUP_STATUS_LABELS } from "../../core/participation-labels.ts";

/** One recorded milestone as the candidate page lists it, and the types' German names. */
export interface Milestone {
  id: string;
  type: string;
  date: string;
  occupation?: string;
  adequate?: boolean;
  referralId?: string;
  /** followup.sixMonths: what the follow-up found (issue 30). */
  status?: string;
  createdAt: string;
}

export const TYPES: [string, string][] = [
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

/** The API's warnings quote milestone types as codes („mentoring.completed“): shown with their German names. */
export const inGerman = (warning: string) =>
  warning.replace(/„([a-zA-Z.]+)“/g, (_, type: string) => `„${label(type)}“`);

/** By date, then in the order they were recorded. */
export const byDate = (a: Milestone, b: Milestone) =>
  a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt);

export function milestoneItem(m: Milestone, referralTitle: (id: string) => string | undefined): HTMLElement {
  const title = m.referralId ? referralTitle(m.referralId) : undefined;
  const job =
    m.type === "employment.started" && m.occupation
      ? ` – Beruf ${m.occupation}, ${m.adequate ? "adäquat" : "unter dem Niveau des Referenzberufs"}`
      : "";
  const found =
    m.type === "followup.sixMonths" && m.status ? `: ${labelOf(FOLLOWUP_STATUS_LABELS, m.status)}` : "";
  return h("li", {}, `${date(m.date)}: ${label(m.type)}${title ? ` – „${title}“` : ""}${job}${found}`);
}
