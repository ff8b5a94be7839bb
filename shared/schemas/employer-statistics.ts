import { EMPLOYER_FIGURES, EMPLOYER_GROUPINGS } from "../vocabulary/employer-figures.ts";
import * as z from "./z.ts";

const month = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, "Monat im Format JJJJ-MM, z. B. 2026-03"));

/** GET /statistics/employers: from..to in months (default: the twelve up to this one), grouped. */
export const employerStatisticsQuery = z.strictObject({
  from: z.optional(month),
  to: z.optional(month),
  by: z._default(z.enum(EMPLOYER_GROUPINGS, `Gruppierung: ${EMPLOYER_GROUPINGS.join(", ")}`), "district"),
  /** `csv` for the report (as `Accept: text/csv`). */
  format: z.optional(z.enum(["json", "csv"], "Format: json oder csv")),
});

const figures = Object.fromEntries(EMPLOYER_FIGURES.map((f) => [f, z.number()])) as Record<
  (typeof EMPLOYER_FIGURES)[number],
  z.ZodMiniNumber
>;
const row = z.object({ key: z.string(), label: z.string(), ...figures });
const table = { rows: z.array(row), totals: z.object(figures) };

/**
 * Employer counselling in figures: `employers` counselled (a session in the period; each once),
 * of them `smes` (micro, small, medium), `sessions`, `measuresAgreed`, `measuresDone`,
 * `placesOnBehalf` created, `hires` through such places (`employment.started` naming a referral
 * to one). The network's figures are rounded to multiples of 5 by cell key and, but for admins,
 * those of closed months (`asOf`); `own`, the caller's organisation, is exact and current. By
 * topic, a session counts under each of its topics and a measure under its topic; places and
 * hires have no topic (they count in the totals only).
 */
export const employerStatisticsReport = z.object({
  from: month,
  to: month,
  by: z.enum(EMPLOYER_GROUPINGS),
  scope: z.literal("network"),
  asOf: month,
  ...table,
  own: z.optional(z.object(table)),
});
export type EmployerStatisticsReport = z.infer<typeof employerStatisticsReport>;
