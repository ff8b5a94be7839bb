/**
 * Every key shape of the single table, built from these prefixes and nowhere else.
 *
 * | item                  | PK                  | SK                         | GSI1 (org list)             | GSI2 (published list) |
 * |-----------------------|---------------------|----------------------------|-----------------------------|-----------------------|
 * | mentoring place       | PLACE#<id>          | PLACE                      | ORG#<org>#PLACE / <id>      | PUB#PLACE / <id>      |
 * | qualification offer   | OFFER#<id>          | OFFER                      | ORG#<org>#OFFER / <id>      | PUB#OFFER / <id>      |
 * | match entry (geo)     | MATCH#<kldb3>       | G#<geohash6>#<kind>#<id>   | –                           | –                     |
 * | match entry (online)  | MATCH#<kldb3>       | O#<id>                     | –                           | –                     |
 * | idempotency record    | IDEM#<scope>#<key>  | IDEM                       | –                           | –                     |
 * | demo-data marker      | META                | DEMO                       | –                           | –                     |
 *
 * Match entries are compact copies of published, matchable items, one per 3-digit KldB
 * Berufsgruppe the item serves, sorted by geohash so that a match reads a few key ranges of
 * nearby cells in one partition (see shared/domain/geo-cover.ts). GSI2 is sparse: only
 * published items carry GSI2PK.
 */
export type ListingKind = "place" | "offer";

const KIND_PREFIX: Record<ListingKind, string> = { place: "PLACE", offer: "OFFER" };
export const PREFIX = {
  org: "ORG",
  published: "PUB",
  match: "MATCH",
  geo: "G",
  online: "O",
  idempotency: "IDEM",
};

/** Characters that sort after every geohash/id character: closes a begins-with range. */
const RANGE_END = "~";

export const listingKey = (kind: ListingKind, id: string) => ({
  PK: `${KIND_PREFIX[kind]}#${id}`,
  SK: KIND_PREFIX[kind],
});

export const orgListKey = (kind: ListingKind, org: string, id = "") => ({
  GSI1PK: `${PREFIX.org}#${org}#${KIND_PREFIX[kind]}`,
  GSI1SK: id,
});

export const publishedListKey = (kind: ListingKind, id = "") => ({
  GSI2PK: `${PREFIX.published}#${KIND_PREFIX[kind]}`,
  GSI2SK: id,
});

export const matchPartition = (kldbGroup: string) => `${PREFIX.match}#${kldbGroup}`;

export const geoMatchKey = (kldbGroup: string, geohash: string, kind: ListingKind, id: string) => ({
  PK: matchPartition(kldbGroup),
  SK: `${PREFIX.geo}#${geohash}#${kind}#${id}`,
});

export const onlineMatchKey = (kldbGroup: string, id: string) => ({
  PK: matchPartition(kldbGroup),
  SK: `${PREFIX.online}#${id}`,
});

export const onlinePrefix = `${PREFIX.online}#`;

/** SK bounds for a run of geohash cells [first, last] at one precision (inclusive). */
export const geoRange = (first: string, last: string) => ({
  from: `${PREFIX.geo}#${first}`,
  to: `${PREFIX.geo}#${last}${RANGE_END}`,
});

export const idempotencyKey = (scope: string, key: string) => ({
  PK: `${PREFIX.idempotency}#${scope}#${key}`,
  SK: PREFIX.idempotency,
});

/** Marks a local table whose demo catalogue was seeded completely (local runtime only). */
export const demoMarkerKey = () => ({ PK: "META", SK: "DEMO" });
