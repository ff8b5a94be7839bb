import type { FieldError } from "./errors.ts";

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
