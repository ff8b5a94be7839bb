import { isoDate, text } from "./common.ts";
import { STATE_CODES } from "./states.ts";
import * as z from "./z.ts";

/** Where a candidate's recognition procedure stands (a saved candidate, or given to POST /matches). */
export const RECOGNITION_STATUSES = ["none", "pending", "partial", "full"] as const;
export type RecognitionStatus = (typeof RECOGNITION_STATUSES)[number];

/** Where the qualification was gained: EU/EEA/CH training has other measures than a third country's. */
export const TRAINED_IN = ["eu", "third-country"] as const;
export type TrainedIn = (typeof TRAINED_IN)[number];

/**
 * What the Bescheid decided. `partial-equivalence`: a non-regulated occupation, partly equivalent;
 * `compensation-required`: a regulated profession, a compensation measure (Ausgleichsmaßnahme)
 * is due; `permit`: a temporary Berufserlaubnis.
 */
export const DECISION_KINDS = [
  "full",
  "partial-equivalence",
  "compensation-required",
  "permit",
  "refused",
] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

/** The compensation measures of a regulated profession (Kenntnisprüfung, Anpassungslehrgang, Eignungsprüfung). */
export const COMPENSATION_MEASURES = ["knowledge-exam", "adaptation-period", "aptitude-test"] as const;
export type CompensationMeasure = (typeof COMPENSATION_MEASURES)[number];

/** A difference the Bescheid names, and the kind of an offer's module that can close it. */
export const LEARNING_KINDS = ["theory", "practice", "language"] as const;
export type LearningKind = (typeof LEARNING_KINDS)[number];

export const MAX_DIFFERENCES = 30;
/** A subject as the Bescheid or a provider words it; shared/domain normalises it for comparison. */
export const topic = text(2, 120);
export const hours = z.int().check(z.minimum(1), z.maximum(5000));

export const difference = z.strictObject({
  topic,
  hours: z.optional(hours),
  kind: z.enum(LEARNING_KINDS),
});
export type Difference = z.infer<typeof difference>;

export const decision = z.strictObject({
  date: isoDate,
  kind: z.enum(DECISION_KINDS),
  measure: z.optional(z.enum(COMPENSATION_MEASURES)),
  /** Whether the applicant may choose the measure (e.g. Kenntnisprüfung or Anpassungslehrgang). */
  choice: z.optional(z.boolean()),
  differences: z._default(z.array(difference).check(z.maxLength(MAX_DIFFERENCES)), []),
});
export type Decision = z.infer<typeof decision>;

/** A named occupation of the KldB file (Berufsbenennung): the Berufsgattung and its id, e.g. 81302-129. */
export const namedOccupationCode = z
  .string()
  .check(z.regex(/^\d{5}-\d{3}$/, "Referenzberuf: Berufsbenennung der KldB, z. B. 81302-129"));

export const recognition = z.strictObject({
  status: z.enum(RECOGNITION_STATUSES),
  authority: z.optional(text(1, 200)),
  decisionDate: z.optional(isoDate),
  gaps: z.optional(z.array(text(1, 300)).check(z.maxLength(20))),
  /** The German reference occupation of the procedure; `title` is filled from the KldB file. */
  referenceOccupation: z.optional(
    z.strictObject({ code: namedOccupationCode, title: z.optional(text(1, 200)) }),
  ),
  trainedIn: z.optional(z.enum(TRAINED_IN)),
  /** The Land of the procedure (AGS prefix, e.g. "05"). */
  state: z.optional(z.enum(STATE_CODES)),
  /** The competent body (from GET /recognition/bodies, or as the Bescheid names it). */
  body: z.optional(text(1, 300)),
  decision: z.optional(decision),
  /** By when the measure must be done, e.g. the end of a §16d permit. */
  deadline: z.optional(isoDate),
});
export type Recognition = z.infer<typeof recognition>;
