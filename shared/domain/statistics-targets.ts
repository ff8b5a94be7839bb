import type { OutcomeField } from "./milestone.ts";

const OUTCOMES: readonly OutcomeField[] = [
  "qualificationsStarted",
  "qualificationsCompleted",
  "recognitionsFull",
  "employmentStarted",
  "employmentAdequate",
  "iqQualificationsStarted",
];

/**
 * A deployment's promise to its funders, e.g. IQ NRW-Ost: more than 1,000 qualifications in
 * 2026–2028. IQ counts participants in IQ-funded qualifications: `iqQualificationsStarted`
 * (qualification.started with a referral to an offer whose funding includes `iq-funded`), not
 * every qualification begun (issue 27).
 */
export interface Target {
  figure: OutcomeField;
  label: string;
  target: number;
  from: string;
  to: string;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The demo network's target (local `npm start`). */
export const DEMO_TARGETS: Target[] = [
  {
    figure: "iqQualificationsStarted",
    label: "IQ-geförderte Qualifizierungen begonnen",
    target: 1000,
    from: "2026-01",
    to: "2028-12",
  },
];

/** Reads the STATISTICS_TARGETS setting (JSON list); unset means no targets. A bad setting fails loudly. */
export function parseTargets(setting: string | undefined): Target[] {
  if (!setting) return [];
  const list: unknown = JSON.parse(setting);
  if (!Array.isArray(list)) throw new Error("STATISTICS_TARGETS: a JSON list of targets expected");
  return list.map((entry: Partial<Target>, i) => {
    const ok =
      OUTCOMES.includes(entry.figure as OutcomeField) &&
      typeof entry.label === "string" &&
      Number.isInteger(entry.target) &&
      (entry.target ?? 0) > 0 &&
      MONTH.test(entry.from ?? "") &&
      MONTH.test(entry.to ?? "") &&
      (entry.from ?? "") <= (entry.to ?? "");
    if (!ok)
      throw new Error(`STATISTICS_TARGETS[${i}]: {figure, label, target > 0, from ≤ to as YYYY-MM} expected`);
    return entry as Target;
  });
}

/** Progress as a share of the target, 0..1 (more than reached is still 1 on the bar). */
export const shareOf = (reached: number, target: number) => Math.min(1, Math.max(0, reached / target));
