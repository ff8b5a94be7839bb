// The code lists are the API's vocabulary (schemas/participation.ts); the counting rule lives here.
import type { EsfData, ExitReason, FollowupStatus } from "../schemas/participation.ts";
import type { MilestoneType } from "../schemas/milestone.ts";

/**
 * People, not events (PRODUCT.md "People, not events"): each person counts at most ONCE EVER per
 * figure — the first time it becomes true for them — in the month it became true. A marker in the
 * candidate's partition says which figures are counted already; the counters outlive the person.
 */
export const PERSON_FIGURES = [
  "entries",
  "inIqQualification",
  "qualificationCompleted",
  "recognitionFull",
  "employmentAdequate",
  "exit",
  "followup",
  "esf",
] as const;
export type PersonFigure = (typeof PERSON_FIGURES)[number];

/** What is known about the person when something is written. */
export interface PersonFacts {
  entryDate: string;
  exit?: { date: string; reason: ExitReason };
  esf?: EsfData;
}

/** A milestone as counting sees it: `iqFunded` when it names a referral to an IQ-funded offer. */
export interface MilestoneFacts {
  type: MilestoneType;
  date: string;
  adequate?: boolean;
  iqFunded?: boolean;
  status?: FollowupStatus;
}

/** One count to make: the figure (for the marker), its counter fields, the day it counts on. */
export interface PersonCount {
  figure: PersonFigure;
  fields: string[];
  date: string;
}

/** The counter fields of ESF data: every breakdown, and that the entry has ESF data at all. */
export const esfFields = (esf: EsfData): string[] => [
  "esf.given",
  `esf.ageBand.${esf.ageBand}`,
  `esf.gender.${esf.gender}`,
  `esf.employmentAtEntry.${esf.employmentAtEntry}`,
  `esf.isced.${esf.isced}`,
  `esf.thirdCountryNational.${esf.thirdCountryNational ? "yes" : "no"}`,
];

/** The figure a milestone makes true, if any, and its counter fields. */
function milestoneFigure(m: MilestoneFacts): { figure: PersonFigure; fields: string[] } | undefined {
  if (m.type === "qualification.started" && m.iqFunded)
    return { figure: "inIqQualification", fields: ["inIqQualification"] };
  if (m.type === "qualification.completed")
    return { figure: "qualificationCompleted", fields: ["qualificationCompleted"] };
  if (m.type === "recognition.full") return { figure: "recognitionFull", fields: ["recognitionFull"] };
  if (m.type === "employment.started" && m.adequate)
    return { figure: "employmentAdequate", fields: ["employmentAdequate"] };
  if (m.type === "followup.sixMonths")
    return { figure: "followup", fields: [`followup.${m.status ?? "unknown"}`] };
  return undefined;
}

/**
 * What a write makes true for the first time: the entry (also for a person saved before figures
 * were counted, on their next write), the first exit, the first ESF data (in the entry's month:
 * they describe the entry) and the milestone's figure — each only if not `counted` yet.
 */
export function newCounts(
  person: PersonFacts,
  counted: ReadonlySet<string>,
  milestone?: MilestoneFacts,
): PersonCount[] {
  const counts: PersonCount[] = [];
  const add = (figure: PersonFigure, fields: string[], date: string) => {
    if (!counted.has(figure)) counts.push({ figure, fields, date });
  };
  add("entries", ["entries"], person.entryDate);
  if (person.exit) add("exit", [`exit.${person.exit.reason}`], person.exit.date);
  if (person.esf) add("esf", esfFields(person.esf), person.entryDate);
  const made = milestone && milestoneFigure(milestone);
  if (milestone && made) add(made.figure, made.fields, milestone.date);
  return counts;
}

/** Where a person counts (their entry's district and Berufsgruppe). */
export interface CountedCell {
  district: string;
  group: string;
}

/**
 * The cell a person counts as active in, given the figures counted for them: entered and never
 * left (a reopened participation keeps its first exit, so it is no longer active in the figures).
 * Carried on the candidate's item, so an erasure without an exit — even by TTL, when the marker
 * may be gone first — can count the person out of `active` once (`erasedWithoutExit`).
 */
export function activeCell(figures: readonly string[], cell: CountedCell): CountedCell | undefined {
  return figures.includes("entries") && !figures.includes("exit")
    ? { district: cell.district, group: cell.group }
    : undefined;
}

/** The counter field of a person erased while still active (no exit recorded ever). */
export const ERASED_WITHOUT_EXIT = "erasedWithoutExit";

/** The counts grouped by month (YYYY-MM): one counter update per month and cell. */
export function byMonth(counts: readonly PersonCount[]): Map<string, string[]> {
  const months = new Map<string, string[]>();
  for (const c of counts)
    months.set(c.date.slice(0, 7), [...(months.get(c.date.slice(0, 7)) ?? []), ...c.fields]);
  return months;
}
