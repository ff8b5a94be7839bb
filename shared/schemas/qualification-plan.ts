import { isoDate } from "./common.ts";
import { COMPENSATION_MEASURES, LEARNING_KINDS } from "./recognition.ts";
import * as z from "./z.ts";

/** What a plan step is: a module of an offer, a whole offer, a mentoring place or a language course. */
export const STEP_KINDS = ["module", "offer", "place", "language"] as const;
export const MAX_PLAN_STEPS = 40;

const itemId = z.string().check(z.minLength(1), z.maxLength(64));
const moduleId = z.string().check(z.minLength(1), z.maxLength(32));

/** Which ids a step of each kind names (the others must be absent). */
const NAMES: Record<(typeof STEP_KINDS)[number], readonly string[]> = {
  module: ["offerId", "moduleId"],
  offer: ["offerId"],
  language: ["offerId"],
  place: ["placeId"],
};
const IDS = ["offerId", "moduleId", "placeId"] as const;

/**
 * A step as the coach saves it (PUT /candidates/{id}/plan): what it is and, for a module, which
 * of its start dates. What it covers, its hours and distance are worked out by the service.
 */
export const planStepInput = z
  .strictObject({
    kind: z.enum(STEP_KINDS),
    offerId: z.optional(itemId),
    moduleId: z.optional(moduleId),
    placeId: z.optional(itemId),
    /** Modules: one of the module's coming start dates (default: the first that overlaps nothing). */
    start: z.optional(isoDate),
  })
  .check(
    z.superRefine((step, ctx) => {
      for (const name of IDS) {
        const wanted = NAMES[step.kind].includes(name);
        if (wanted === (step[name] !== undefined)) continue;
        ctx.issues.push({
          code: "custom",
          path: [name],
          input: step,
          message: wanted ? `Für „${step.kind}“ erforderlich` : `Gehört nicht zu „${step.kind}“`,
        });
      }
    }),
  );
export type PlanStepInput = z.infer<typeof planStepInput>;

export const planInput = z.strictObject({
  steps: z.array(planStepInput).check(z.maxLength(MAX_PLAN_STEPS)),
});

export const planStep = z.object({
  kind: z.enum(STEP_KINDS),
  offerId: z.optional(z.string()),
  moduleId: z.optional(z.string()),
  placeId: z.optional(z.string()),
  /** The differences the step closes, as the Bescheid words them. */
  covers: z.array(z.string()),
  hours: z.number(),
  /** null: an online offer. */
  distanceKm: z.nullable(z.number()),
  start: z.optional(z.string()),
  /** The last day, where the dates are known. */
  end: z.optional(z.string()),
  /** For display: the offer's or place's title, the module's title, the provider, the offer's kind. */
  title: z.optional(z.string()),
  moduleTitle: z.optional(z.string()),
  provider: z.optional(z.string()),
  offerKind: z.optional(z.string()),
  /** Saved plans: false once the item no longer matches the candidate (unpublished, full, moved). */
  available: z.optional(z.boolean()),
});

export const plan = z.object({
  /** Share of the differences' hours the steps close (0–1); a difference without hours counts 1. */
  coverage: z.number(),
  steps: z.array(planStep),
  /** What no step closes (hours: as coverage counts them); counted as unmet demand when saved. */
  uncovered: z.array(z.object({ topic: z.string(), hours: z.number(), kind: z.enum(LEARNING_KINDS) })),
  /** The compensation measure the decision requires (compensation-required only). */
  measure: z.optional(z.enum(COMPENSATION_MEASURES)),
});
export type PlanView = z.infer<typeof plan>;

export const savedPlan = z.object({
  ...plan.def.shape,
  version: z.int(),
  updatedAt: z.string(),
});
export type SavedPlan = z.infer<typeof savedPlan>;

/** GET /candidates/{id}/plan: the proposal from what matches now, and the saved plan if there is one. */
export const planResponse = z.object({
  proposal: plan,
  saved: z.optional(savedPlan),
  /** The German level the competent body requires, when the sources say (GET /recognition/bodies). */
  requiredGermanLevel: z.optional(z.string()),
});
