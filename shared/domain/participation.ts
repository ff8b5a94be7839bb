import type { FieldError } from "./errors.ts";

/** A consent as the candidate carries it: its scope, and the withdrawal once there is one. */
export interface ConsentState {
  scope: string;
  withdrawn?: unknown;
}

/** Whether the candidate's consent to `scope` stands: given and not withdrawn. */
export const consentActive = (consents: readonly ConsentState[] | undefined, scope: string): boolean =>
  (consents ?? []).some((c) => c.scope === scope && c.withdrawn === undefined);

export interface ParticipationDates {
  entryDate: string;
  exit?: { date: string };
}

/**
 * What is wrong with a participation's dates on `today` (YYYY-MM-DD): neither the entry nor the
 * exit lies ahead (the figures count what happened), and the exit is not before the entry.
 */
export function participationErrors(p: ParticipationDates, today: string): FieldError[] {
  const errors: FieldError[] = [];
  if (p.entryDate > today) errors.push({ path: "entryDate", message: "Der Eintritt liegt in der Zukunft." });
  if (p.exit && p.exit.date > today)
    errors.push({ path: "exit.date", message: "Der Austritt liegt in der Zukunft." });
  else if (p.exit && p.exit.date < p.entryDate)
    errors.push({ path: "exit.date", message: `Der Austritt liegt vor dem Eintritt (${p.entryDate}).` });
  return errors;
}
