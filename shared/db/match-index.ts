import type { QueryCommandInput } from "@aws-sdk/lib-dynamodb";
import type { Point } from "../domain/geo.ts";
import { cellOf, coverCircle } from "../domain/geo-cover.ts";
import { kldbGroups } from "../domain/kldb.ts";
import { isMatchable, type Listing, type ListingKind } from "../domain/listing.ts";
import type { MatchEntry } from "../domain/matching.ts";
import type { Deps } from "../runtime.ts";
import { queryAll } from "./query-page.ts";
import type { MentoringPlace } from "../schemas/mentoring-place.ts";
import type { QualificationOffer } from "../schemas/qualification-offer.ts";
import {
  geoMatchKey,
  geoRange,
  matchPartition,
  nearPartition,
  onlineMatchKey,
  onlinePrefix,
} from "./keys.ts";
import { nearKeys, toNearEntry } from "./near-index.ts";

/**
 * Keys of the index entries an item has in its current state (none unless matchable): its match
 * entries, then its nearby-directory entries (near-index.ts).
 */
export function matchKeys(kind: ListingKind, listing: Listing): Array<{ PK: string; SK: string }> {
  if (!isMatchable(kind, listing)) return [];
  const online = kind === "offer" && (listing as QualificationOffer).format === "online";
  const entries = kldbGroups(listing.occupations).map((group) => {
    if (online || !listing.location) return onlineMatchKey(group, listing.id);
    return geoMatchKey(group, cellOf(listing.location), kind, listing.id);
  });
  return [...entries, ...nearKeys(kind, listing)];
}

/** What an index key holds: a match entry, or a nearby-directory entry for its Berufshauptgruppe. */
export function matchIndexBody(kind: ListingKind, listing: Listing, key: { PK: string }) {
  const near = nearPartition("");
  return key.PK.startsWith(near)
    ? { near: toNearEntry(kind, listing, key.PK.slice(near.length)) }
    : { entry: toMatchEntry(kind, listing) };
}

/**
 * What a match entry holds: only what filtering and ranking read (and `org`, so the page's
 * organisation names join the page's BatchGet). The shown items are read in full afterwards
 * (match-page.ts): an entry stays ≈ 0.3 KB, however long the item's description.
 */
export type IndexEntry = Omit<MatchEntry, "item"> & { org: string };

export function toMatchEntry(kind: ListingKind, listing: Listing): IndexEntry {
  const common = {
    kind,
    id: listing.id,
    org: listing.org,
    occupations: listing.occupations,
    ...(listing.location ? { point: { lat: listing.location.lat, lon: listing.location.lon } } : {}),
    ...(listing.location ? { placeName: listing.location.place } : {}),
    ...(listing.germanLevel ? { germanLevel: listing.germanLevel } : {}),
    languages: listing.languages,
  };
  if (kind === "place") {
    const place = listing as MentoringPlace;
    return {
      ...common,
      online: false,
      availableFrom: place.availableFrom,
      ...(place.availableUntil ? { availableUntil: place.availableUntil } : {}),
      capacity: place.capacity,
      acceptedCount: place.acceptedCount,
    };
  }
  const offer = listing as QualificationOffer;
  return {
    ...common,
    online: offer.format === "online",
    offerKind: offer.kind,
    ...(offer.validIn ? { validIn: offer.validIn } : {}),
    ...(offer.targetGermanLevel ? { targetGermanLevel: offer.targetGermanLevel } : {}),
    rolling: offer.rolling,
    ...(offer.start ? { start: offer.start } : {}),
    ...(offer.end ? { end: offer.end } : {}),
  };
}

/**
 * An entry as ranking takes it: `item` holds only what the page completion needs (id, org) until
 * match-page.ts replaces it with the full public item.
 */
export const rankable = (entry: IndexEntry): MatchEntry => ({
  ...entry,
  item: { id: entry.id, org: entry.org },
});

export interface MatchRead {
  entries: MatchEntry[];
  requests: number;
  itemsRead: number;
}

/**
 * Reads the entries of one Berufsgruppe near a point: one Query per merged geohash range (in
 * parallel), plus one for online offers. Never a Scan; cost follows the neighbourhood.
 */
export async function readMatchEntries(
  deps: Deps,
  query: { group: string; center: Point; radiusKm: number; kinds: ListingKind[] },
): Promise<MatchRead> {
  const pk = matchPartition(query.group);
  const onlyKind = query.kinds.length === 1 ? query.kinds[0] : undefined;
  const inputs: QueryCommandInput[] = coverCircle(query.center, query.radiusKm).ranges.map((range) => {
    const { from, to } = geoRange(range.first, range.last);
    return {
      TableName: deps.tableName,
      KeyConditionExpression: "PK = :pk AND SK BETWEEN :from AND :to",
      // Asked for one kind only: the other kind shares the key range, so it is filtered out here.
      ...(onlyKind ? { FilterExpression: "#entry.kind = :kind" } : {}),
      // Only the entry travels back: PK and SK are known or repeated inside it.
      ProjectionExpression: "#entry",
      ExpressionAttributeNames: { "#entry": "entry" },
      ExpressionAttributeValues: {
        ":pk": pk,
        ":from": from,
        ":to": to,
        ...(onlyKind ? { ":kind": onlyKind } : {}),
      },
    };
  });
  if (query.kinds.includes("offer")) {
    inputs.push({
      TableName: deps.tableName,
      KeyConditionExpression: "PK = :pk AND begins_with(SK, :online)",
      ProjectionExpression: "#entry",
      ExpressionAttributeNames: { "#entry": "entry" },
      ExpressionAttributeValues: { ":pk": pk, ":online": onlinePrefix },
    });
  }
  const pages = await Promise.all(inputs.map((input) => queryAll(deps, input)));
  return {
    entries: pages.flatMap((p) => p.items.map((item) => rankable(item.entry as IndexEntry))),
    requests: pages.reduce((n, p) => n + p.requests, 0),
    itemsRead: pages.reduce((n, p) => n + p.scanned, 0),
  };
}
