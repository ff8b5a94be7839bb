import type { Point } from "./geo.ts";
import type { GermanLevel } from "./german-level.ts";
import { type Assessment, assess } from "./match-assessment.ts";
import { notRegulated, type ProfessionOf } from "./regulation.ts";
import type { RecognitionStatus } from "../schemas/candidate.ts";
import type { ReasonCode } from "./reason-codes.ts";

/** What the match index holds about a published item: enough to filter, rank and show it. */
export interface MatchEntry {
  kind: "place" | "offer";
  id: string;
  occupations: string[];
  /** Absent for online offers without a location. */
  point?: Point;
  placeName?: string;
  online: boolean;
  germanLevel?: GermanLevel;
  languages: string[];
  /** Places: availability window and seats. Offers: course dates. */
  availableFrom?: string;
  availableUntil?: string;
  capacity?: number;
  acceptedCount?: number;
  start?: string;
  end?: string;
  rolling?: boolean;
  /** Offers: the offer's kind (adaptation-course, language-course, …). */
  offerKind?: string;
  /** Offers: the Bundesland codes where it leads to recognition; absent: everywhere. */
  validIn?: string[];
  /** Language courses: the German level the course leads to. */
  targetGermanLevel?: GermanLevel;
  item: Record<string, unknown>;
}

export interface CandidateProfile {
  occupation: string;
  point: Point;
  radiusKm: number;
  germanLevel?: GermanLevel;
  languages: string[];
  availableFrom?: string;
  /** Bundesland code (AGS prefix) of the candidate's location, when known. */
  state?: string;
  /** The candidate's `recognition.status` (saved candidates, or given to POST /matches). */
  recognitionStatus?: RecognitionStatus;
}

export interface Reason {
  /** One of REASON_CODES (reason-codes.ts), the one list of codes. */
  code: ReasonCode;
  text: string;
}

export interface Match {
  item: Record<string, unknown>;
  score: number;
  distanceKm: number | null;
  reasons: Reason[];
}

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
