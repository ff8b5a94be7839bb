import { ValidationError } from "./errors.ts";
import type { Cell } from "./statistics-report.ts";

/**
 * Which months of network figures a caller reads (issue 26). Someone who adds events of their
 * own and reads the network's rounded figure after each could pin its exact value (a coach found
 * the network's 12 qualifications after 9 events). So every non-admin reads the network as of
 * the last closed month, and without what was dated back into closed months while the current
 * month is open: their own additions never move a figure they can read. Admins read it current.
 */
export const MAX_MONTHS = 60;

const index = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
export const monthAt = (n: number) => `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, "0")}`;
/** The month `n` months after (negative: before) `month`. */
export const addMonths = (month: string, n: number) => monthAt(index(month) + n);

/** The months from..to inclusive ("2026-01".."2026-03"), or a ValidationError naming the field. */
export function monthsBetween(from: string, to: string): string[] {
  const count = index(to) - index(from) + 1;
  if (count < 1) throw new ValidationError([{ path: "query.to", message: "Ende liegt vor dem Beginn" }]);
  if (count > MAX_MONTHS)
    throw new ValidationError([{ path: "query.from", message: `Höchstens ${MAX_MONTHS} Monate` }]);
  return Array.from({ length: count }, (_, i) => monthAt(index(from) + i));
}

/**
 * The network's months a caller reads and `asOf`, the month its figures stand at: all of them,
 * as of now, when `current` (admins); otherwise only closed months, as of the last one.
 */
export function networkPeriod(
  months: readonly string[],
  currentMonth: string,
  current: boolean,
): { months: string[]; asOf: string } {
  if (current) return { months: [...months], asOf: currentMonth };
  const asOf = addMonths(currentMonth, -1);
  return { months: months.filter((m) => m <= asOf), asOf };
}

/**
 * `flows` less the `late` cells of the same month, district and Berufsgruppe (never below 0). A
 * cell that only late events made is left out: even a row of zeros would say one was added.
 */
export function withoutLate(flows: readonly Cell[], late: readonly Cell[]): Cell[] {
  const key = (c: Cell) => `${c.month}|${c.district}|${c.group}`;
  const lateByKey = new Map(late.map((c) => [key(c), c.figures]));
  return flows.flatMap((cell) => {
    const minus = lateByKey.get(key(cell));
    if (!minus) return [cell];
    const figures = Object.fromEntries(
      Object.entries(cell.figures).map(([f, v]) => [f, Math.max(0, (v ?? 0) - (minus[f] ?? 0))]),
    );
    return Object.values(figures).some((v) => v > 0) ? [{ ...cell, figures }] : [];
  });
}
