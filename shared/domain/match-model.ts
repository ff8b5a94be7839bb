import type { Point } from "./geo.ts";
import type { GermanLevel } from "./german-level.ts";
import type { RecognitionStatus } from "../schemas/candidate.ts";
import type { ReasonCode } from "../schemas/reason-codes.ts";

// The terms of matching, shared by the ranking (matching.ts) and the rules it weighs
// (match-assessment.ts, german-fit.ts, …): kept apart so those rules need not import the ranking.

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
  /** One of REASON_CODES (schemas/reason-codes.ts), the one list of codes. */
  code: ReasonCode;
  text: string;
}

export interface Match {
  item: Record<string, unknown>;
  score: number;
  distanceKm: number | null;
  reasons: Reason[];
}
