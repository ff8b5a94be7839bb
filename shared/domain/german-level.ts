/** CEFR levels as the German recognition procedures use them, lowest first. */
export const GERMAN_LEVELS = ["A1", "A2", "B1", "B2", "C1", "C2"] as const;
export type GermanLevel = (typeof GERMAN_LEVELS)[number];

/** How many levels the candidate is below a requirement (0 when it meets it). */
export function levelsBelow(candidate: GermanLevel, required: GermanLevel): number {
  return Math.max(0, GERMAN_LEVELS.indexOf(required) - GERMAN_LEVELS.indexOf(candidate));
}
