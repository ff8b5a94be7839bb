// Each kind in a module of its own, so a listing function builds only its own kind's schemas.
export type { ListingResource } from "./listing-resource.ts";
export { mentoringPlaceResource } from "./mentoring-place-resource.ts";
export { qualificationOfferResource } from "./qualification-offer-resource.ts";
