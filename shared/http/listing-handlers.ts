import type { ListingResource } from "../app/listing-resources.ts";
import type { Deps } from "../runtime.ts";
import type { RouteHandler } from "./api-handler.ts";
import { listingHandlersIn } from "./listing-area-handlers.ts";
import { LISTING_ROUTES } from "./routes/listings.ts";

/**
 * A listing resource's handlers over both kinds' routes (tests, local tools). The functions use
 * listingHandlersIn with their own kind's area, which keeps the other kind's schemas out.
 */
export function listingHandlers(resource: ListingResource, deps: Deps): Record<string, RouteHandler> {
  return listingHandlersIn(LISTING_ROUTES, resource, deps);
}
