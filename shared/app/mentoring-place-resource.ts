import { checkCapacity } from "../domain/listing.ts";
import { type MentoringPlace, mentoringPlaceInput, mentoringPlacePatch } from "../schemas/mentoring-place.ts";
import type { ListingResource } from "./listing-resource.ts";

/**
 * Employers manage their places; coaches read published ones (without the mentor's contact), and a
 * counselling organisation's coaches manage the places it keeps on behalf of its employer records.
 */
export const mentoringPlaceResource: ListingResource = {
  kind: "place",
  path: "/mentoring-places",
  owner: "employer",
  readers: ["coach"],
  agent: "coach",
  input: mentoringPlaceInput,
  patch: mentoringPlacePatch,
  initialState: { acceptedCount: 0 },
  checkState: (next) => checkCapacity(next as MentoringPlace),
};
