import { type Assessment, assess } from "./match-assessment.ts";
import type { CandidateProfile, Match, MatchEntry } from "./match-model.ts";
import { notRegulated, type ProfessionOf } from "./regulation.ts";

// The terms live below the rules that use them (match-model.ts); callers keep importing them here.
export type { CandidateProfile, Match, MatchEntry, Reason } from "./match-model.ts";

/** How many nearest items `beyond` offers per list when the radius holds none. */
export const BEYOND_COUNT = 3;

function assessAll(
  profile: CandidateProfile,
  entries: readonly MatchEntry[],
  today: string,
  professionOf: ProfessionOf,
): Assessment[] {
  const from = profile.availableFrom && profile.availableFrom > today ? profile.availableFrom : today;
  return entries.flatMap((entry) => assess(profile, entry, from, professionOf) ?? []);
}

const byDistance = (a: Assessment, b: Assessment) =>
  (a.match.distanceKm ?? Number.POSITIVE_INFINITY) - (b.match.distanceKm ?? Number.POSITIVE_INFINITY);
const byId = (a: Assessment, b: Assessment) => String(a.match.item.id).localeCompare(String(b.match.item.id));

/**
 * Ranks one kind of entries for a candidate: filters what cannot work, explains every factor.
 * Order: tier (below-level and superfluous adaptation last), score, distance, id.
 */
export function rankMatches(
  profile: CandidateProfile,
  entries: readonly MatchEntry[],
  today: string,
  professionOf: ProfessionOf = notRegulated,
): Match[] {
  return assessAll(profile, entries, today, professionOf)
    .filter((a) => !a.beyondRadius && !a.otherState)
    .sort((a, b) => a.tier - b.tier || b.match.score - a.match.score || byDistance(a, b) || byId(a, b))
    .map((a) => a.match);
}

/**
 * The nearest items (up to 300 km) that match in every respect but the radius or the Land where
 * they lead to recognition: what a coach can still offer when a list is empty.
 */
export function beyondMatches(
  profile: CandidateProfile,
  entries: readonly MatchEntry[],
  today: string,
  professionOf: ProfessionOf = notRegulated,
): Match[] {
  return assessAll(profile, entries, today, professionOf)
    .filter((a) => a.beyondRadius || a.otherState)
    .sort((a, b) => byDistance(a, b) || a.tier - b.tier || b.match.score - a.match.score || byId(a, b))
    .slice(0, BEYOND_COUNT)
    .map((a) => a.match);
}
