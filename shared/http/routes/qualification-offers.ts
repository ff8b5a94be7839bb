import {
  qualificationOffer,
  qualificationOfferInput,
  qualificationOfferPatch,
  qualificationOfferView,
} from "../../schemas/qualification-offer.ts";
import { listingRoutes, WRITERS } from "./listing-routes.ts";

/** Qualification offers: public. A module of its own, so the places' schemas stay out of this function. */
export const OFFER_ROUTES = listingRoutes(
  "/qualification-offers",
  "qualification-offers",
  "optional",
  undefined,
  WRITERS.offer,
  {
    item: qualificationOffer,
    view: qualificationOfferView,
    input: qualificationOfferInput,
    patch: qualificationOfferPatch,
  },
);
