import { BatchGetCommand } from "@aws-sdk/lib-dynamodb";
import { ServiceUnavailableError } from "../domain/errors.ts";
import type { Listing, ListingKind } from "../domain/listing.ts";
import type { Deps } from "../runtime.ts";
import { listingKey, organisationKey } from "./keys.ts";
import { withCurrentFunding } from "../domain/funding.ts";
import { withoutKeys } from "./query-page.ts";
import { NotYet, type RetryPolicy, withRetries } from "./retry.ts";

const BATCH_GET = 100;
const UNPROCESSED: RetryPolicy = { attempts: 4, baseMs: 20, capMs: 320 };
const KEY_ATTRIBUTES = ["PK", "SK", "GSI1PK", "GSI1SK", "GSI2PK", "GSI2SK"];

export interface PageItems {
  /** By `<kind>#<id>`: the items as stored (without keys); a deleted item is absent. */
  listings: Map<string, Listing>;
  /** Display names by organisation slug; a slug without an organisation item is absent. */
  names: Map<string, string>;
  requests: number;
}

export const pageItemKey = (kind: ListingKind, id: string) => `${kind}#${id}`;

/**
 * The full items of a page of matches and their organisations' names in one BatchGet (a page of
 * 20 offers + 20 places and a handful of organisations fits one request of at most 100 keys).
 * Eventually consistent like the index read that chose them; unprocessed keys are sent again.
 */
export async function readPageItems(
  deps: Pick<Deps, "db" | "tableName">,
  items: Array<{ kind: ListingKind; id: string }>,
  orgs: Iterable<string>,
): Promise<PageItems> {
  const listingKeys = new Map(items.map((i) => [pageItemKey(i.kind, i.id), listingKey(i.kind, i.id)]));
  const keys: Record<string, unknown>[] = [
    ...listingKeys.values(),
    ...[...new Set(orgs)].filter(Boolean).map(organisationKey),
  ];
  const result: PageItems = { listings: new Map(), names: new Map(), requests: 0 };
  for (let i = 0; i < keys.length; i += BATCH_GET) {
    let pending = keys.slice(i, i + BATCH_GET);
    await withRetries(
      "page items",
      UNPROCESSED,
      async () => {
        result.requests++;
        const out = await deps.db.send(
          new BatchGetCommand({ RequestItems: { [deps.tableName]: { Keys: pending } } }),
        );
        for (const item of out.Responses?.[deps.tableName] ?? []) take(result, item);
        pending = out.UnprocessedKeys?.[deps.tableName]?.Keys ?? [];
        if (pending.length) throw new NotYet();
      },
      { giveUp: () => new ServiceUnavailableError("Die Datenbank ist ausgelastet; bitte erneut versuchen.") },
    );
  }
  return result;
}

function take(result: PageItems, item: Record<string, unknown>) {
  const pk = String(item.PK);
  if (pk.startsWith(organisationKey("").PK)) {
    if (typeof item.org === "string" && typeof item.name === "string") result.names.set(item.org, item.name);
    return;
  }
  const kind: ListingKind = item.SK === listingKey("place", "").SK ? "place" : "offer";
  const listing = withCurrentFunding(withoutKeys<Listing>(item, KEY_ATTRIBUTES));
  result.listings.set(pageItemKey(kind, listing.id), listing);
}
