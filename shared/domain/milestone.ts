import { kldbGroup } from "./kldb.ts";
// The types are the API's vocabulary (schemas/milestone.ts); the rules about them live here.
import type { MilestoneType } from "../schemas/milestone.ts";

/** A milestone that ends something expects the one that began it, earlier or on the same day. */
const BEGUN_BY: Partial<Record<MilestoneType, MilestoneType>> = {
  "qualification.completed": "qualification.started",
  "qualification.dropped": "qualification.started",
  "mentoring.completed": "mentoring.started",
  "followup.sixMonths": "employment.started",
};

export interface DatedMilestone {
  type: MilestoneType;
  date: string;
}

/**
 * Out-of-order milestones are recorded (coaches often learn of a course's end first) but
 * flagged, so the coach can add what is missing. German texts, shown as they are.
 */
export function orderWarnings(previous: readonly DatedMilestone[], next: DatedMilestone): string[] {
  const begin = BEGUN_BY[next.type];
  if (!begin) return [];
  const starts = previous.filter((m) => m.type === begin);
  if (starts.length === 0) return [`„${next.type}“ ohne vorheriges „${begin}“ erfasst.`];
  if (starts.every((m) => m.date > next.date)) return [`„${next.type}“ liegt vor dem Datum von „${begin}“.`];
  return [];
}

/** KldB's fifth digit: 1 Helfer … 4 Experte. */
const level = (code: string) => Number(code.charAt(4));

/** A job is adequate when its Anforderungsniveau is at least that of the reference occupation. */
export const isAdequateJob = (job: string, reference: string) => level(job) >= level(reference);

/** Outcome figures of GET /statistics that a milestone counts (shared/domain/statistics.ts). */
export type OutcomeField =
  | "qualificationsStarted"
  | "qualificationsCompleted"
  | "recognitionsFull"
  | "employmentStarted"
  | "employmentAdequate"
  | "iqQualificationsStarted";

/**
 * `iqFunded`: the milestone names a referral to an offer whose funding includes `iq-funded` — what
 * IQ targets count (participants in IQ-funded qualifications), beside every qualification begun.
 */
export function outcomeFields(
  type: MilestoneType,
  adequate: boolean | undefined,
  iqFunded = false,
): OutcomeField[] {
  if (type === "qualification.started")
    return iqFunded ? ["qualificationsStarted", "iqQualificationsStarted"] : ["qualificationsStarted"];
  if (type === "qualification.completed") return ["qualificationsCompleted"];
  if (type === "recognition.full") return ["recognitionsFull"];
  if (type === "employment.started")
    return adequate ? ["employmentStarted", "employmentAdequate"] : ["employmentStarted"];
  return [];
}

/** Where an outcome counts: the candidate's district and Berufsgruppe, in the milestone's month. */
export const outcomeCell = (c: { org: string; occupation: string; district: string }, date: string) => ({
  org: c.org,
  district: c.district,
  group: kldbGroup(c.occupation),
  at: date,
});
