import { levelsBelow } from "./german-level.ts";
import { type Need, topicKey } from "./plan-needs.ts";
import type { PlanModule, PlanOffer, PlanPlace, StepKind } from "./plan-model.ts";
import type { CompensationMeasure } from "../schemas/recognition.ts";

/** The offers that prepare or are a compensation measure: Kenntnisprüfung, Anpassungslehrgang, Eignungsprüfung. */
export const MEASURE_OFFER_KIND: Record<CompensationMeasure, string> = {
  "knowledge-exam": "knowledge-exam-prep",
  "adaptation-period": "adaptation-period",
  "aptitude-test": "aptitude-test-prep",
};
const MEASURE_KINDS: ReadonlySet<string> = new Set(Object.values(MEASURE_OFFER_KIND));
export const LANGUAGE_COURSE = "language-course";

/** What a step is made of: a module of an offer, a whole offer or language course, or a place. */
export type Target =
  | { kind: "module"; offer: PlanOffer; module: PlanModule }
  | { kind: "offer" | "language"; offer: PlanOffer }
  | { kind: "place"; place: PlanPlace };

/** A module's topic keys, worked out once: the planner asks for them many times. */
const keyCache = new WeakMap<PlanModule, ReadonlySet<string>>();
function keysOf(module: PlanModule): ReadonlySet<string> {
  let keys = keyCache.get(module);
  if (!keys) keyCache.set(module, (keys = new Set(module.topics.map(topicKey))));
  return keys;
}

const taughtBy = (modules: readonly PlanModule[], open: readonly Need[]) =>
  open.filter((n) => modules.some((m) => keysOf(m).has(n.key)));

/**
 * The open needs a target closes. A module: the topics it names. A language course: every
 * language difference, and the German level when it leads there. A place: the practice
 * differences. A measure offer that names no modules: every theory and practice difference (the
 * measure compensates what the Bescheid names); any other offer: what its modules name.
 */
export function covers(target: Target, open: readonly Need[]): Need[] {
  if (target.kind === "place") return open.filter((n) => n.kind === "practice");
  if (target.kind === "module") return taughtBy([target.module], open);
  const { offer } = target;
  if (offer.offerKind === LANGUAGE_COURSE) {
    const target = offer.targetGermanLevel;
    return open.filter((n) =>
      n.german ? target !== undefined && levelsBelow(target, n.german) === 0 : n.kind === "language",
    );
  }
  if (MEASURE_KINDS.has(offer.offerKind) && !offer.modules.length) {
    return open.filter((n) => n.kind !== "language");
  }
  return taughtBy(offer.modules, open);
}

/** A step's hours: the module's; an offer's modules'; otherwise what it covers counts. */
export function hoursOf(target: Target, covered: readonly Need[]): number {
  if (target.kind === "module") return target.module.hours;
  if (target.kind !== "place" && target.offer.modules.length) {
    return target.offer.modules.reduce((sum, m) => sum + m.hours, 0);
  }
  return covered.reduce((sum, n) => sum + n.weight, 0);
}

/** The step kind a whole offer is saved as. */
export const offerStepKind = (offer: PlanOffer): StepKind =>
  offer.offerKind === LANGUAGE_COURSE ? "language" : "offer";

/** Distances compared: an online offer counts like one at `onlineKm`. */
export const reachOf = (distanceKm: number | null, onlineKm: number) => distanceKm ?? onlineKm;
