import { distanceKm, type Point } from "./geo.ts";
import { crossesProfessions, type ProfessionOf } from "./regulation.ts";

/** What the nearby directory holds per published item and Berufshauptgruppe: codes and where. */
export interface NearEntry {
  kind: "place" | "offer";
  /** The item's codes in this Berufshauptgruppe. */
  codes: string[];
  /** Absent for online offers. */
  point?: Point;
}

export interface OccupationSuggestion {
  occupation: string;
  offers: number;
  places: number;
}

/** At most this many other codes are suggested. */
export const MAX_SUGGESTIONS = 5;

/**
 * Other Berufsgattungen with published items inside the radius that a coach may have meant:
 * counted per code, the candidate's own code and other licences left out, most items first.
 */
export function suggestOccupations(
  candidate: { occupation: string; point: Point; radiusKm: number },
  entries: readonly NearEntry[],
  professionOf: ProfessionOf,
): OccupationSuggestion[] {
  const counts = new Map<string, OccupationSuggestion>();
  for (const entry of entries) {
    // Rounded to 0.1 km like a match's distance, so the radius's edge counts the same here.
    if (entry.point && Math.round(distanceKm(candidate.point, entry.point) * 10) / 10 > candidate.radiusKm) {
      continue;
    }
    for (const code of entry.codes) {
      if (code === candidate.occupation || crossesProfessions(candidate.occupation, code, professionOf))
        continue;
      const count = counts.get(code) ?? { occupation: code, offers: 0, places: 0 };
      if (entry.kind === "offer") count.offers++;
      else count.places++;
      counts.set(code, count);
    }
  }
  return [...counts.values()]
    .sort(
      (a, b) =>
        b.offers + b.places - (a.offers + a.places) ||
        sameLevel(b, candidate) - sameLevel(a, candidate) ||
        a.occupation.localeCompare(b.occupation),
    )
    .slice(0, MAX_SUGGESTIONS);
}

/** Between equally many items, a code at the candidate's Anforderungsniveau comes first. */
const sameLevel = (s: OccupationSuggestion, candidate: { occupation: string }) =>
  s.occupation.charAt(4) === candidate.occupation.charAt(4) ? 1 : 0;
