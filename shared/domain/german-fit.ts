import { type GermanLevel, levelsBelow } from "./german-level.ts";
import type { Reason } from "./match-model.ts";

/**
 * The German requirement against the candidate's level: undefined when two or more levels short
 * (not shown), otherwise the score factor and what to say (nothing when nothing is required).
 */
export function germanFit(
  candidate: GermanLevel | undefined,
  required: GermanLevel | undefined,
): { factor: number; reason?: Reason } | undefined {
  if (!required) return { factor: 1 };
  if (!candidate) {
    return {
      factor: 0.5,
      reason: {
        code: "german.unknown",
        text: `Gefordert: Deutsch ${required}; Niveau des Kandidaten nicht angegeben`,
      },
    };
  }
  const gap = levelsBelow(candidate, required);
  if (gap > 1) return undefined;
  return gap === 0
    ? {
        factor: 1,
        reason: {
          code: "german.sufficient",
          text: `Deutschniveau ${candidate} erfüllt die Anforderung ${required}`,
        },
      }
    : {
        factor: 0,
        reason: {
          code: "german.belowRequired",
          text: `Gefordert ist Deutsch ${required}, vorhanden ${candidate} – eine Stufe darunter`,
        },
      };
}

/** A language course whose target is at or below the candidate's level teaches them nothing. */
export const teachesNothing = (candidate: GermanLevel | undefined, target: GermanLevel | undefined) =>
  Boolean(candidate && target && levelsBelow(candidate, target) === 0);
