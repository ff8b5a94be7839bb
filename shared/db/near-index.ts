import type { Point } from "../domain/geo.ts";
import { cellOf } from "../domain/geo-cover.ts";
import { isMatchable, type Listing, type ListingKind } from "../domain/listing.ts";
import type { NearEntry } from "../domain/suggestions.ts";
import type { Deps } from "../runtime.ts";
import type { QualificationOffer } from "../schemas/qualification-offer.ts";
import { nearPartition, PREFIX } from "./keys.ts";
import { readWide } from "./wide-read.ts";

/** The 2-digit Berufshauptgruppen an item serves: one nearby-directory entry each. */
const mainGroups = (codes: readonly string[]) => [...new Set(codes.map((c) => c.slice(0, 2)))].sort();

/**
 * The nearby directory: per published, matchable item and Berufshauptgruppe one tiny entry (kind,
 * codes, point) sorted by geohash like the match index, so that an empty result can suggest the
 * other codes with items near the candidate in one Query. Online offers have no entry: they are
 * everywhere and would be suggested to everyone.
 */
export function nearKeys(kind: ListingKind, listing: Listing): Array<{ PK: string; SK: string }> {
  const online = kind === "offer" && (listing as QualificationOffer).format === "online";
  if (!isMatchable(kind, listing) || online || !listing.location) return [];
  const cell = cellOf(listing.location);
  return mainGroups(listing.occupations).map((main) => ({
    PK: nearPartition(main),
    SK: `${PREFIX.geo}#${cell}#${kind}#${listing.id}`,
  }));
}

export function toNearEntry(kind: ListingKind, listing: Listing, main: string): NearEntry {
  const point: Point | undefined = listing.location
    ? { lat: listing.location.lat, lon: listing.location.lon }
    : undefined;
  return { kind, codes: listing.occupations.filter((c) => c.startsWith(main)), ...(point ? { point } : {}) };
}

/** One Query: the directory entries of a Berufshauptgruppe around the candidate (geo-cover.ts levels). */
export const readNearEntries = async (
  deps: Deps,
  query: { main: string; center: Point; radiusKm: number },
) => {
  const read = await readWide(deps, {
    partition: nearPartition(query.main),
    center: query.center,
    radiusKm: query.radiusKm,
    precision: query.radiusKm > 75 ? 4 : 5,
    attribute: "near",
  });
  return { ...read, entries: read.values as NearEntry[] };
};
