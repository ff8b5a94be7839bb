import { BatchWriteCommand, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { listingKey, orgListKey, publishedListKey } from "../shared/db/keys.ts";
import { matchIndexBody, matchKeys } from "../shared/db/match-index.ts";
import type { Listing, ListingKind } from "../shared/domain/listing.ts";
import type { ListingFactory } from "./listings.ts";

/**
 * Writes listings and their match entries straight to the table with BatchWriteItem (25 items per
 * request, several requests in flight). Going through the handlers would take far too long for
 * 100,000 items; the items are still built by the repository's own key and entry builders, so they
 * are exactly what the service writes.
 */
const BATCH = 25;
const IN_FLIGHT = 4;

interface Put {
  item: Record<string, unknown>;
  /** The last item of a listing: the listing counts as seeded once this one is written. */
  closes: boolean;
}

export interface SeedSummary {
  listings: number;
  places: number;
  offers: number;
  onlineOffers: number;
  fullPlaces: number;
  matchEntries: number;
  tableItems: number;
  /** Mean JSON size of a listing item and of a match entry (≈ DynamoDB item size). */
  meanListingBytes: number;
  meanEntryBytes: number;
  batchRequests: number;
  unprocessedRetries: number;
  seconds: number;
}

/** The item as listing-repository's toItem builds it: published, so it carries the GSI2 key. */
function puts(kind: ListingKind, listing: Listing): Put[] {
  const item = {
    ...listing,
    ...listingKey(kind, listing.id),
    ...orgListKey(kind, listing.org, listing.id),
    ...publishedListKey(kind, listing.id),
  };
  const entries = matchKeys(kind, listing).map((key) => ({ ...key, ...matchIndexBody(kind, listing, key) }));
  return [item, ...entries].map((it, i, all) => ({ item: it, closes: i === all.length - 1 }));
}

export async function seedListings(
  db: DynamoDBDocumentClient,
  tableName: string,
  factory: ListingFactory,
  count: number,
  progress: (done: number, seconds: number) => void,
): Promise<SeedSummary> {
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  const summary: SeedSummary = {
    listings: count,
    ...{ places: 0, offers: 0, onlineOffers: 0, fullPlaces: 0, matchEntries: 0, tableItems: 0 },
    ...{ meanListingBytes: 0, meanEntryBytes: 0, batchRequests: 0, unprocessedRetries: 0, seconds: 0 },
  };
  let listingBytes = 0;
  let entryBytes = 0;
  const queue: Put[] = [];
  let made = 0;
  let done = 0;
  let reported = 0;

  function nextBatch(): Put[] {
    while (queue.length < BATCH && made < count) {
      const { kind, listing } = factory.next();
      made++;
      const batch = puts(kind, listing);
      queue.push(...batch);
      batch.forEach((put, i) => {
        if (i === 0) listingBytes += JSON.stringify(put.item).length;
        else entryBytes += JSON.stringify(put.item).length;
      });
      summary.tableItems += batch.length;
      summary.matchEntries += batch.length - 1;
      if (kind === "place") {
        summary.places++;
        if (batch.length === 1) summary.fullPlaces++;
      } else {
        summary.offers++;
        if ((listing as { format?: string }).format === "online") summary.onlineOffers++;
      }
    }
    return queue.splice(0, BATCH);
  }

  async function write(batch: Put[]) {
    let requests = batch.map((put) => ({ PutRequest: { Item: put.item } }));
    for (let attempt = 0; requests.length > 0; attempt++) {
      if (attempt > 0) {
        summary.unprocessedRetries++;
        await new Promise((resolve) => setTimeout(resolve, Math.min(1000, 50 * 2 ** attempt)));
      }
      summary.batchRequests++;
      const out = await db.send(new BatchWriteCommand({ RequestItems: { [tableName]: requests } }));
      requests = (out.UnprocessedItems?.[tableName] ?? []) as typeof requests;
    }
    done += batch.filter((put) => put.closes).length;
    if (done - reported >= 10_000 || done === count) {
      reported = done;
      progress(done, seconds());
    }
  }

  async function worker() {
    for (let batch = nextBatch(); batch.length > 0; batch = nextBatch()) await write(batch);
  }
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  summary.seconds = Math.round(seconds() * 10) / 10;
  summary.meanListingBytes = Math.round(listingBytes / Math.max(1, count));
  summary.meanEntryBytes = Math.round(entryBytes / Math.max(1, summary.matchEntries));
  return summary;
}
