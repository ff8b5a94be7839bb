import type { Candidate, MentoringPlace } from "../../core/types.ts";

/**
 * Whether a saved candidate fits a mentoring place: the place serves the candidate's KldB
 * Berufsgruppe (the first three digits), the same rule the matching uses for "related".
 */
const group = (code: string) => code.slice(0, 3);

export const candidateFit = (c: Candidate, place: MentoringPlace) =>
  place.occupations.some((code) => group(code) === group(c.occupation));

/**
 * The candidate to preselect, or none (the coach chooses): the preferred one if the place serves
 * them, else the only candidate with the searched occupation whom the place serves.
 */
export function preselect(
  items: readonly Candidate[],
  place: MentoringPlace,
  context: { preferred?: Candidate; occupation?: string },
): Candidate | undefined {
  const preferred = context.preferred && items.find((c) => c.id === context.preferred?.id);
  if (preferred) return candidateFit(preferred, place) ? preferred : undefined;
  const searched = items.filter((c) => c.occupation === context.occupation && candidateFit(c, place));
  return searched.length === 1 ? searched[0] : undefined;
}

/** A warning when the place does not serve the candidate's Berufsgruppe. */
export function fitWarning(c: Candidate, place: MentoringPlace): string | undefined {
  if (candidateFit(c, place)) return undefined;
  const groups = [...new Set(place.occupations.map(group))].join(", ");
  return `Achtung: ${c.reference} hat einen Beruf der Berufsgruppe ${group(c.occupation)} (KldB ${c.occupation}); dieser Platz ist für die Berufsgruppe ${groups}. Bitte prüfen Sie, ob der Vorschlag passt.`;
}
