import type { Listing } from "../domain/listing.ts";
import { nextVersion } from "../domain/versioned.ts";
import type { Location } from "../schemas/common.ts";
import type { ListingResource } from "./listing-resources.ts";

export interface ListingChange {
  /** The stored item, or undefined for a new one. */
  current: Listing | undefined;
  /**
   * What of the current item survives besides the new fields: everything (PATCH: a field left
   * out keeps its value) or only system fields and kept service state (a CSV row is the whole item).
   */
  keep: "everything" | "service state";
  org: string;
  /** The validated input fields, without status and location. */
  fields: Record<string, unknown>;
  location: Location | undefined;
  status: Listing["status"];
  at: string;
  newId: () => string;
}

/**
 * The one next-state rule of listings, for the API and the CSV import alike: a new item gets
 * id, organisation and the kind's initial service state; every change gets version + 1 and is
 * checked against the kind's state rules (a place's capacity never below its taken seats).
 */
export function nextListing(resource: ListingResource, change: ListingChange): Listing {
  const { current, at } = change;
  const serviceKeys = ["id", "org", "createdAt", ...Object.keys(resource.initialState)];
  const base = !current
    ? { id: change.newId(), org: change.org, createdAt: at, ...resource.initialState }
    : change.keep === "everything"
      ? current
      : Object.fromEntries(serviceKeys.map((key) => [key, current[key as keyof Listing]]));
  const next = {
    ...base,
    ...change.fields,
    location: change.location,
    status: change.status,
    ...nextVersion(current, at),
  } as Listing;
  resource.checkState?.(next);
  return next;
}

/**
 * A stored item as the POST body it would have come from (location back to its postal code): what
 * a PATCH merges its changes into before the item is validated whole again.
 */
export const asListingInput = (resource: ListingResource, listing: Listing) =>
  Object.fromEntries(
    Object.keys(resource.input.shape)
      .filter((key) => key !== "status" && listing[key as keyof Listing] !== undefined)
      .map((key) => [
        key,
        key === "location" ? { postalCode: listing.location?.postalCode } : listing[key as keyof Listing],
      ]),
  );
