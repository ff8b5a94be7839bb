/**
 * How long a candidate is kept (PRODUCT.md "Retention"): the retention period runs from the exit,
 * or — while the participation is open — from the last activity (a change of the candidate, a
 * recorded milestone, a consent recorded or withdrawn unless that erases), so a pathway of any length lives as long as something happens in it. Never
 * before the six-month follow-up is recorded or overdue by a month (exit + 7 months), and never
 * within a few days of the write that sets it: a coach who records an exit of long ago can still
 * correct it before the candidate is gone.
 */
export const DEFAULT_RETENTION_MONTHS = 12;
/** The six-month follow-up is due six months after the exit; a month late it is overdue. */
export const FOLLOWUP_OVERDUE_MONTHS = 7;
export const CORRECTION_DAYS = 30;
const DAY_MS = 86_400_000;

export interface RetentionFacts {
  /** The write that sets the expiry (ISO instant): the last change or recorded milestone. */
  lastActivity: string;
  /** The participation's end, when there is one (YYYY-MM-DD). */
  exit?: { date: string };
  /** Whether the six-month follow-up is recorded. */
  followupRecorded: boolean;
  /** The retention period in months (a deployment setting, DEFAULT_RETENTION_MONTHS). */
  months: number;
}

/** `iso` + `n` calendar months (UTC); a day the target month lacks becomes its last (31 Jan + 1 → 28 Feb). */
export function addCalendarMonths(iso: string, n: number): string {
  const at = new Date(iso);
  const month = at.getUTCMonth() + n;
  const lastDay = new Date(Date.UTC(at.getUTCFullYear(), month + 1, 0)).getUTCDate();
  const moved = new Date(at);
  moved.setUTCDate(1);
  moved.setUTCMonth(month);
  moved.setUTCDate(Math.min(at.getUTCDate(), lastDay));
  return moved.toISOString();
}

const later = (a: string, b: string) => (a > b ? a : b);

/** The instant the candidate and everything about it expire (ISO). */
export function retentionEnd(facts: RetentionFacts): string {
  const exit = facts.exit && `${facts.exit.date}T00:00:00.000Z`;
  let end = addCalendarMonths(exit ?? facts.lastActivity, facts.months);
  if (exit && !facts.followupRecorded) end = later(end, addCalendarMonths(exit, FOLLOWUP_OVERDUE_MONTHS));
  const correction = new Date(Date.parse(facts.lastActivity) + CORRECTION_DAYS * DAY_MS).toISOString();
  return later(end, correction);
}
