import { ValidationError } from "../domain/errors.ts";
import type { MentoringPlace } from "../schemas/mentoring-place.ts";
import { mentoringPlaceInput, mentoringPlacePatch } from "../schemas/mentoring-place.ts";
import { qualificationOfferInput, qualificationOfferPatch } from "../schemas/qualification-offer.ts";
import type { ListingResource } from "./listing-handlers.ts";

/** Employers manage their places; coaches read published ones (without the mentor's contact). */
export const mentoringPlaceResource: ListingResource = {
  kind: "place",
  path: "/mentoring-places",
  owner: "employer",
  readers: ["coach"],
  input: mentoringPlaceInput,
  patch: mentoringPlacePatch,
  initialState: { acceptedCount: 0 },
  checkState: (next) => {
    const place = next as MentoringPlace;
    if (place.capacity < place.acceptedCount) {
      throw new ValidationError([
        {
          path: "capacity",
          message: `Bereits ${place.acceptedCount} Plätze vergeben; die Kapazität kann nicht darunter sinken`,
        },
      ]);
    }
  },
};

/** Providers manage their offers; anyone reads published ones. */
export const qualificationOfferResource: ListingResource = {
  kind: "offer",
  path: "/qualification-offers",
  owner: "provider",
  readers: "anyone",
  input: qualificationOfferInput,
  patch: qualificationOfferPatch,
  initialState: {},
};
