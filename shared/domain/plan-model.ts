import type { GermanLevel } from "./german-level.ts";
import type { CompensationMeasure, DecisionKind, Difference, LearningKind } from "../schemas/recognition.ts";

// The terms of the qualification plan (issue 28), shared by the planner (qualification-plan.ts),
// the rules it applies (plan-needs.ts, plan-dates.ts, plan-cover.ts) and the check of a saved plan.

/** A module of a matching offer, as the plan reads it. */
export interface PlanModule {
  id: string;
  topics: string[];
  hours: number;
  kind: LearningKind;
  startDates?: string[];
}

/** An offer that matches the candidate (same rules as POST /matches), with its modules. */
export interface PlanOffer {
  id: string;
  /** The providing organisation: "fewer providers" counts these. */
  org: string;
  offerKind: string;
  /** null: online, reachable from anywhere. */
  distanceKm: number | null;
  start?: string;
  end?: string;
  rolling: boolean;
  fullTime: boolean;
  durationWeeks?: number;
  targetGermanLevel?: GermanLevel;
  modules: PlanModule[];
}

/** A mentoring place that matches the candidate. */
export interface PlanPlace {
  id: string;
  distanceKm: number;
  availableFrom: string;
}

/** What the recognition case says and what the candidate brings. */
export interface PlanCase {
  decisionKind?: DecisionKind;
  /** The compensation measure decided or chosen (only read with `compensation-required`). */
  measure?: CompensationMeasure;
  differences: readonly Difference[];
  germanLevel?: GermanLevel;
  /** The German level the competent body requires, when the sources say. */
  requiredGermanLevel?: GermanLevel;
}

export interface PlanInput {
  case: PlanCase;
  offers: readonly PlanOffer[];
  places: readonly PlanPlace[];
  /** The first day the candidate can start (today, or later when they are available later). */
  from: string;
  /** How far an online offer counts when comparing distances (the match's 40 % of the radius). */
  onlineKm: number;
}

export type StepKind = "module" | "offer" | "place" | "language";

export interface PlanStep {
  kind: StepKind;
  offerId?: string;
  moduleId?: string;
  placeId?: string;
  /** The differences the step closes, worded as the Bescheid words them. */
  covers: string[];
  hours: number;
  distanceKm: number | null;
  start?: string;
  /** Known when the dates are: the last day (for the overlap rule). */
  end?: string;
}

/** An uncovered need; `hours` as coverage counts it (the Bescheid's hours, 1 where it names none). */
export interface Uncovered {
  topic: string;
  hours: number;
  kind: LearningKind;
}

export interface Plan {
  coverage: number;
  steps: PlanStep[];
  uncovered: Uncovered[];
  measure?: CompensationMeasure;
}
