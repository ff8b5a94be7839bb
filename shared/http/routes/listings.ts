import { PLACE_ROUTES } from "./mentoring-places.ts";
import { OFFER_ROUTES } from "./qualification-offers.ts";

export { WRITERS } from "./listing-routes.ts";

/**
 * Mentoring places (signed-in readers only) and qualification offers (public), each in a module
 * of its own: a listing function builds only its own kind's schemas (shared/http/route-handler.ts).
 */
export const LISTING_ROUTES = [...PLACE_ROUTES, ...OFFER_ROUTES] as const;
