import { type CaseIssue, deadlineIssues, decisionIssues } from "./recognition-checks.ts";
import { normaliseTopic } from "../vocabulary/topic.ts";
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
/**
 * A subject as the Bescheid or a provider words it, stored normalised (shared/vocabulary/topic.ts:
 * NFKC, one space between words, trimmed); compared case-insensitively by its key.
 */
export const topic = z.string().check(
  z.overwrite(normaliseTopic),
  z.minLength(2),
  z.maxLength(120),
  // They separate topics and modules in the CSV file (shared/csv/module-cells.ts).
  z.regex(/^[^|;]*$/, "Ein Thema ohne „|“ und „;“ (sie trennen Themen und Module in der CSV-Datei)"),
);
/** Whole hours, at least 1 (a difference or module without a length leaves `hours` out). */
export const hours = z.int().check(z.minimum(1), z.maximum(5000));

/** Reports rules between fields (shared/schemas/recognition-checks.ts) at the fields they name. */
export const reportIssues =
  <T>(rule: (value: T) => CaseIssue[]) =>
  (value: T, ctx: z.core.$RefinementCtx<T>) => {
    for (const issue of rule(value))
      ctx.issues.push({ code: "custom", message: issue.message, path: issue.path, input: value });
  };

export const difference = z.strictObject({
  topic,
  hours: z.optional(hours),
  kind: z.enum(LEARNING_KINDS),
});
export type Difference = z.infer<typeof difference>;

/**
 * The Bescheid. `measure` and `choice` only with `compensation-required`; each difference's topic
 * once (by its key).
 */
export const decision = z
  .strictObject({
    date: isoDate,
    kind: z.enum(DECISION_KINDS),
    measure: z.optional(z.enum(COMPENSATION_MEASURES)),
    /** Whether the applicant may choose the measure (e.g. Kenntnisprüfung or Anpassungslehrgang). */
    choice: z.optional(z.boolean()),
    differences: z._default(z.array(difference).check(z.maxLength(MAX_DIFFERENCES)), []),
  })
  .check(z.superRefine(reportIssues(decisionIssues)));
export type Decision = z.infer<typeof decision>;

/** A named occupation of the KldB file (Berufsbenennung): the Berufsgattung and its id, e.g. 81302-129. */
export const namedOccupationCode = z
  .string()
  .check(z.regex(/^\d{5}-\d{3}$/, "Referenzberuf: Berufsbenennung der KldB, z. B. 81302-129"));

export const recognition = z
  .strictObject({
    status: z.enum(RECOGNITION_STATUSES),
    authority: z.optional(text(1, 200)),
    decisionDate: z.optional(isoDate),
    gaps: z.optional(z.array(text(1, 300)).check(z.maxLength(20))),
    /**
     * The German reference occupation of the procedure: a named occupation of the KldB file
     * (GET /occupations?q= names them); an unknown code is refused, `title` is filled from the file.
     */
    referenceOccupation: z.optional(
      z.strictObject({ code: namedOccupationCode, title: z.optional(text(1, 200)) }),
    ),
    trainedIn: z.optional(z.enum(TRAINED_IN)),
    /** The Land of the procedure (AGS prefix, e.g. "05"). */
    state: z.optional(z.enum(STATE_CODES)),
    /** The competent body (from GET /recognition/bodies, or as the Bescheid names it). */
    body: z.optional(text(1, 300)),
    decision: z.optional(decision),
    /** By when the measure must be done, e.g. the end of a §16d permit; not before the decision. */
    deadline: z.optional(isoDate),
  })
  .check(z.superRefine(reportIssues(deadlineIssues)));
export type Recognition = z.infer<typeof recognition>;
