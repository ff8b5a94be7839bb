import { date } from "../../core/format.ts";
import type { Candidate } from "../../core/types.ts";

const DAY_MS = 86_400_000;

/** Whole months from a day to an instant (30.44 days a month on average), for the sentence only. */
function monthsBetween(from: string, to: string): number {
  const days = (Date.parse(to) - Date.parse(`${from.slice(0, 10)}T00:00:00Z`)) / DAY_MS;
  return Math.max(0, Math.round(days / 30.44));
}

/**
 * When the candidate is erased and why, in plain German (shared/domain/retention.ts): the period
 * runs from the exit, or from the last change or milestone while there is none; never before the
 * six-month follow-up is recorded or a month overdue; never within 30 days of the write, so a
 * long-past exit can still be corrected. The months are read off `expiresAt` itself, so the
 * sentence stays true whatever period the deployment sets.
 */
export function retentionText(c: Candidate): string {
  const when = `Wird gelöscht am ${date(c.expiresAt)}`;
  if (!c.exit)
    return `${when}, wenn bis dahin nichts mehr erfasst wird: Jede Änderung und jeder Meilenstein setzen die Frist neu; nach einem Austritt läuft sie ab dem Austritt.`;
  const exit = date(c.exit.date);
  if (Date.parse(c.expiresAt) - Date.parse(c.updatedAt) <= 31 * DAY_MS)
    return `${when} (30 Tage nach der letzten Änderung: Der Austritt am ${exit} liegt länger zurück als die Aufbewahrungsfrist; bis dahin lässt er sich berichtigen).`;
  const months = monthsBetween(c.exit.date, c.expiresAt);
  // The follow-up is due six months after the exit; a shorter period waits for it.
  const followup = months > 7 ? "also nach der Nachbefragung" : "nicht vor der Nachbefragung";
  return `${when} (${months} Monate nach dem Austritt am ${exit}, ${followup}, die sechs Monate nach dem Austritt fällig ist).`;
}
