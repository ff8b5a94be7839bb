/**
 * The names of the employer counselling figures and their groupings (GET /statistics/employers):
 * the schema, the CSV and the counting rules (shared/domain/employer-figures.ts) read them here.
 */
export const EMPLOYER_FIGURES = [
  "employers",
  "smes",
  "sessions",
  "measuresAgreed",
  "measuresDone",
  "placesOnBehalf",
  "hires",
] as const;
export type EmployerFigure = (typeof EMPLOYER_FIGURES)[number];
export type EmployerFigures = Record<EmployerFigure, number>;
export const EMPLOYER_GROUPINGS = ["district", "sector", "size", "topic"] as const;
export type EmployerGroupBy = (typeof EMPLOYER_GROUPINGS)[number];
