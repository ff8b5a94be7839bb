import { ValidationError } from "../domain/errors.ts";
import type { Listing } from "../domain/listing.ts";
import { externalIdOf } from "../db/listing-import.ts";
import { nextListing } from "./listing-state.ts";
import type { ListingResource } from "./listing-resources.ts";
import { type ColumnSet, columnFor } from "../csv/column-set.ts";
import type { RowError } from "../csv/import-errors.ts";
import type { ValidRow } from "../csv/row-validation.ts";

/** What one row does to the stored item its Externe ID names. */
export type Change =
  | { kind: "unchanged"; current: Listing }
  | { kind: "updated"; current: Listing; next: Listing }
  | { kind: "created"; next: Listing };

/** JSON with sorted keys and without undefined: equal values give equal text. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === "object" && v !== null && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/**
 * Plans each row against the item its Externe ID names: equal to the stored item (system fields
 * and the resolved location's details aside) → unchanged; otherwise the next state as a PATCH
 * would build it — kept service state (a place's acceptedCount), version + 1 — or a new item.
 */
export function rowPlanner(
  resource: ListingResource,
  set: ColumnSet,
  org: string,
  deps: { clock: () => Date; newId: () => string },
) {
  const inputKeys = Object.keys(resource.input.shape).filter((key) => key !== "status");

  /** The stored item as the row that would have written it (system fields left out). */
  const asRow = (listing: Listing) => ({
    ...Object.fromEntries(inputKeys.map((key) => [key, listing[key as keyof Listing]])),
    location: listing.location && { postalCode: listing.location.postalCode },
    externalId: externalIdOf(listing),
    status: listing.status,
  });

  /** Unchanged rows write nothing; others get the next state, checked like a PATCH would be. */
  return (row: ValidRow, current: Listing | undefined): Change | RowError => {
    const wanted = { ...row.fields, status: row.status };
    if (current && canonical(asRow(current)) === canonical(wanted)) return { kind: "unchanged", current };
    let next: Listing;
    try {
      next = nextListing(resource, {
        current,
        keep: "service state",
        org,
        fields: row.fields,
        location: row.location,
        status: row.status,
        at: deps.clock().toISOString(),
        newId: deps.newId,
      });
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      const [first] = error.errors;
      const column = columnFor(set, first?.path ?? "")?.header ?? "";
      return { row: row.row, column, message: first?.message ?? error.message };
    }
    return current ? { kind: "updated", current, next } : { kind: "created", next };
  };
}
