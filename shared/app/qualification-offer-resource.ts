import { checkSeats } from "../domain/listing.ts";
import {
  type QualificationOffer,
  qualificationOfferInput,
  qualificationOfferPatch,
} from "../schemas/qualification-offer.ts";
import type { ListingResource } from "./listing-resource.ts";

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
