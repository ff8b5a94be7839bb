/**
 * Passung's case number of a candidate (`reference`): `<PREFIX>-<YYYY>-<NNNN>`, e.g.
 * `MOZ-2026-0042` — the organisation's prefix, the year it was issued (in Germany) and that
 * organisation's counter of the year. Issued, never typed: it cannot carry a name or a birth date,
 * so it is the one detail about a candidate a notice or mail to the coach may name.
 */
export const CASE_NUMBER = /^[A-Z0-9]{1,3}-[0-9]{4}-[0-9]{4,}$/;

/** The first three letters or digits of the organisation's slug, upper-cased (`mozaik` → `MOZ`). */
export const caseNumberPrefix = (org: string) =>
  org
    .replace(/[^a-z0-9]/gi, "")
    .slice(0, 3)
    .toUpperCase();

/**
 * The year in Germany at `at`: a candidate saved at 00:30 on 1 January (CET) is of the new year.
 * The format is built per call (once per saved candidate), not at import, so a test sees it.
 */
export const caseNumberYear = (at: Date) =>
  new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Berlin", year: "numeric" }).format(at);

/** The `counter`-th case number of `org` in `year` (four digits at least, more when needed). */
export const formatCaseNumber = (org: string, year: string, counter: number) =>
  `${caseNumberPrefix(org)}-${year}-${String(counter).padStart(4, "0")}`;

/**
 * Whether a stored `reference` is an issued case number. Candidates saved before numbers were
 * issued may hold a coach's free text there: a notice names none of those.
 */
export const isCaseNumber = (reference: unknown): reference is string =>
  typeof reference === "string" && CASE_NUMBER.test(reference);
