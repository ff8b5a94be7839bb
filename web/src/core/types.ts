/** API shapes, taken from the schemas that validate requests (types only: nothing of zod is bundled). */
import type { Candidate } from "../../../shared/schemas/candidate.ts";
import type { Location } from "../../../shared/schemas/common.ts";
import type { matchResponse, reason } from "../../../shared/schemas/match.ts";
import type {
  MentoringPlace,
  MentoringPlaceForCoach,
  MentoringPlaceInput,
} from "../../../shared/schemas/mentoring-place.ts";
import type {
  QualificationOffer,
  QualificationOfferInput,
  QualificationOfferPublic,
} from "../../../shared/schemas/qualification-offer.ts";
import type { occupationHit } from "../../../shared/schemas/reference.ts";
import type { Referral } from "../../../shared/schemas/referral.ts";
import type * as z from "../../../shared/schemas/z.ts";

export type { Candidate, Location, MentoringPlace, MentoringPlaceInput, QualificationOffer };
export type { QualificationOfferInput, Referral };
/** Another organisation's item (matches): availability instead of a count of people. */
export type { MentoringPlaceForCoach, QualificationOfferPublic };
export type Role = "coach" | "employer" | "provider" | "admin";
export type Reason = z.infer<typeof reason>;
export type MatchResponse = z.infer<typeof matchResponse>;
export type OccupationHit = z.infer<typeof occupationHit>;
export type Listing = MentoringPlace | QualificationOffer;

/** One result as the pages use it: the item typed by its kind. */
export type Match<T> = { item: T; score: number; distanceKm: number | null; reasons: Reason[] };
export interface Page<T> {
  items: T[];
  nextCursor?: string;
}

export interface Occupation {
  code: string;
  title: string;
  shortTitle: string;
}
