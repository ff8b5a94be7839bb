import type { Candidate } from "../../core/types.ts";

/**
 * Whether a saved candidate fits a mentoring place or qualification offer: it serves the
 * candidate's KldB Berufsgruppe (the first three digits), the same rule the matching uses for
 * "related".
 */
const group = (code: string) => code.slice(0, 3);

/** What is proposed to: a place or an offer, both with the occupations they serve. */
interface Served {
  occupations: readonly string[];
}

export const candidateFit = (c: Candidate, item: Served) =>
  item.occupations.some((code) => group(code) === group(c.occupation));

/**
 * The candidate to preselect, or none (the coach chooses): the preferred one if the item serves
 * them, else the only candidate with the searched occupation whom the item serves.
 */
export function preselect(
  items: readonly Candidate[],
  item: Served,
  context: { preferred?: Candidate; occupation?: string },
): Candidate | undefined {
  const preferred = context.preferred && items.find((c) => c.id === context.preferred?.id);
  if (preferred) return candidateFit(preferred, item) ? preferred : undefined;
  const searched = items.filter((c) => c.occupation === context.occupation && candidateFit(c, item));
  return searched.length === 1 ? searched[0] : undefined;
}

/** A warning when the item does not serve the candidate's Berufsgruppe; `what`: "dieser Platz". */
export function fitWarning(c: Candidate, item: Served, what = "dieser Platz"): string | undefined {
  if (candidateFit(c, item)) return undefined;
  const groups = [...new Set(item.occupations.map(group))].join(", ");
  return `Achtung: ${c.reference} hat einen Beruf der Berufsgruppe ${group(c.occupation)} (KldB ${c.occupation}); ${what} ist für die Berufsgruppe ${groups}. Bitte prüfen Sie, ob der Vorschlag passt.`;
}
