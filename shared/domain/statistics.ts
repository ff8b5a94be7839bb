import { kldbGroups } from "./kldb.ts";
import { isPublished, type Listing, type ListingKind } from "./listing.ts";

/** Figures kept per district × Berufsgruppe. Stock = what is published now; flows = events per month. */
export const STOCK_FIELDS = ["offers", "places", "seats", "seatsTaken"] as const;
export const FLOW_FIELDS = [
  "proposed",
  "accepted",
  "declined",
  "withdrawn",
  "matchSearches",
  /** Searches that found neither an offer nor a place: the unmet demand providers plan for. */
  "zeroResultSearches",
  /** Outcomes, counted by milestone (shared/domain/milestone.ts) in the milestone's month. */
  "qualificationsStarted",
  "qualificationsCompleted",
  "recognitionsFull",
  "employmentStarted",
  "employmentAdequate",
  /** Issue 27: qualifications begun in an offer funded by IQ (`funding` includes `iq-funded`). */
  "iqQualificationsStarted",
] as const;
export type StockField = (typeof STOCK_FIELDS)[number];
export type FlowField = (typeof FLOW_FIELDS)[number];
export type Figures<F extends string> = Partial<Record<F, number>>;

/** Where an item or a candidate counts: its district (AGS), or "online" without a location. */
export const ONLINE_DISTRICT = "online";

/**
 * The Berufsgruppe of the "each item once" stock cells. An item serving several groups is counted
 * in each of its group cells (for by=occupationGroup) and once in its district's ALL_GROUPS cell
 * (for totals and every other grouping), so a place in two Berufsgruppen is one place.
 */
export const ALL_GROUPS = "*";

/** What one listing adds to the stock: once per Berufsgruppe it serves, and once in ALL_GROUPS. */
function contribution(kind: ListingKind, listing: Listing | undefined): Map<string, Figures<StockField>> {
  const cells = new Map<string, Figures<StockField>>();
  if (!listing || !isPublished(listing)) return cells;
  const district = listing.location?.district.code || ONLINE_DISTRICT;
  const figures: Figures<StockField> =
    kind === "offer"
      ? { offers: 1 }
      : "capacity" in listing
        ? { places: 1, seats: listing.capacity, seatsTaken: listing.acceptedCount }
        : {};
  for (const group of kldbGroups(listing.occupations)) cells.set(`${district}#${group}`, figures);
  cells.set(`${district}#${ALL_GROUPS}`, figures);
  return cells;
}

/** The stock change of a listing write (before → after), without zero entries. */
export function stockDelta(
  kind: ListingKind,
  before: Listing | undefined,
  after: Listing | undefined,
): Map<string, Figures<StockField>> {
  const old = contribution(kind, before);
  const now = contribution(kind, after);
  const delta = new Map<string, Figures<StockField>>();
  for (const cell of new Set([...old.keys(), ...now.keys()])) {
    const figures: Figures<StockField> = {};
    for (const field of STOCK_FIELDS) {
      const change = (now.get(cell)?.[field] ?? 0) - (old.get(cell)?.[field] ?? 0);
      if (change !== 0) figures[field] = change;
    }
    if (Object.keys(figures).length) delta.set(cell, figures);
  }
  return delta;
}
