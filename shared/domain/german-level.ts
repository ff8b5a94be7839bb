import { GERMAN_LEVELS } from "../schemas/common.ts";

// The levels are the API's vocabulary (schemas/common.ts); the rule about them lives here.
export { GERMAN_LEVELS };
export type GermanLevel = (typeof GERMAN_LEVELS)[number];

/** How many levels the candidate is below a requirement (0 when it meets it). */
export function levelsBelow(candidate: GermanLevel, required: GermanLevel): number {
  return Math.max(0, GERMAN_LEVELS.indexOf(required) - GERMAN_LEVELS.indexOf(candidate));
}
