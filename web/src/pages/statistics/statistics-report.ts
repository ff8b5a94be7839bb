import { num } from "../../core/format.ts";

/**
 * What GET /statistics answers, as the page reads it, and the breakdowns it offers. Apart so the
 * page, its chart and its table read one shape. People-related counts arrive rounded to multiples
 * of 5 by cell key (see README).
 */
export type Shown = number;
export interface Figures {
  offers: number | null;
  places: number | null;
  seats: number | null;
  seatsTaken: number | null;
  referrals: { proposed: Shown; accepted: Shown; declined: Shown; withdrawn: Shown };
  matchSearches: Shown;
  zeroResultSearches?: Shown;
  qualificationsStarted?: Shown;
  /** Of them, in an IQ-funded qualification: what IQ targets count (issue 27). */
  iqQualificationsStarted?: Shown;
  qualificationsCompleted?: Shown;
  recognitionsFull?: Shown;
  employmentStarted?: Shown;
  employmentAdequate?: Shown;
}
export interface Row extends Figures {
  key: string;
  label: string;
}
export interface Report {
  from: string;
  to: string;
  by: string;
  scope: "network" | "organisation";
  /** The last month the network's figures include: the last closed month, except for admins. */
  asOf: string;
  rows: Row[];
  totals: Figures;
  /** The caller's own organisation, exact and current (not for admins). */
  own?: { rows: Row[]; totals: Figures };
}

export const BY: [string, string][] = [
  ["district", "Kreis"],
  ["state", "Bundesland"],
  ["occupationGroup", "Berufsgruppe"],
  ["month", "Monat"],
];

export const show = (value: Shown | null | undefined) =>
  value === null || value === undefined ? "–" : num(value);
