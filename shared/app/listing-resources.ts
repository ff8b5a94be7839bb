import { checkCapacity, checkSeats, type Listing } from "../domain/listing.ts";
import type * as z from "../schemas/z.ts";
import type { MentoringPlace } from "../schemas/mentoring-place.ts";
import type { QualificationOffer } from "../schemas/qualification-offer.ts";
import { mentoringPlaceInput, mentoringPlacePatch } from "../schemas/mentoring-place.ts";
import { qualificationOfferInput, qualificationOfferPatch } from "../schemas/qualification-offer.ts";
import type { ListingPolicy } from "./listing-access.ts";

type InputSchema = z.ZodMiniType<{
  occupations: string[];
  location?: { postalCode: string };
  status: string;
}> & {
  shape: Record<string, unknown>;
};

/** One kind of listing: who manages and reads it, its schemas and its state rules. */
export interface ListingResource extends ListingPolicy {
  /** The collection's path in the API (route keys, Location headers). */
  path: "/mentoring-places" | "/qualification-offers";
  input: InputSchema;
  patch: z.ZodMiniType<Record<string, unknown> & { status?: Listing["status"] }>;
  /** Fields the service keeps beyond the input (e.g. a place's acceptedCount) and their rules. */
  initialState: Record<string, unknown>;
  checkState?: (next: Listing) => void;
}

/** Employers manage their places; coaches read published ones (without the mentor's contact). */
export const mentoringPlaceResource: ListingResource = {
  kind: "place",
  path: "/mentoring-places",
  owner: "employer",
  readers: ["coach"],
  input: mentoringPlaceInput,
  patch: mentoringPlacePatch,
  initialState: { acceptedCount: 0 },
  checkState: (next) => checkCapacity(next as MentoringPlace),
};

/** Providers manage their offers; anyone reads published ones. */
export const qualificationOfferResource: ListingResource = {
  kind: "offer",
  path: "/qualification-offers",
  owner: "provider",
  readers: "anyone",
  input: qualificationOfferInput,
  patch: qualificationOfferPatch,
  // Confirmed enrolments (accepted referrals), never more than `seats` when the offer has seats.
  initialState: { acceptedCount: 0 },
  checkState: (next) => checkSeats(next as QualificationOffer),
};
