/** Compensation measures, as the plan's `measure` codes name them (PRODUCT.md, the recognition case). */
export const MEASURES = ["knowledge-exam", "adaptation-period", "aptitude-test"] as const;
export type Measure = (typeof MEASURES)[number];
