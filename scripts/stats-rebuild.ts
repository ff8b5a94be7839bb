import { pathToFileURL } from "node:url";
import { BatchWriteCommand } from "@aws-sdk/lib-dynamodb";
import {
  anonymousReferralKey,
  flowCounterPartition,
  isSearchCounterPartition,
  lateFlowCounterPartition,
  lateFlowCounterSortKey,
  listingKey,
  outcomeEventKey,
  referralKey,
  STATS_PREFIX,
  stockCounterPartition,
} from "../shared/db/keys.ts";
import { kldbGroup } from "../shared/domain/kldb.ts";
import type { Listing, ListingKind } from "../shared/domain/listing.ts";
import { stockDelta } from "../shared/domain/statistics.ts";
import { type Deps, depsFromEnv } from "../shared/runtime.ts";
import { scanTable, type TableItem } from "./table-scan.ts";

/**
 * `npm run stats:rebuild`: recomputes the statistics counters from the items, for repair. A
 * maintenance job, so it may Scan (request paths never do). Match searches leave no item behind,
 * so their counts are carried over: the search partitions are left as they are (a search counted
 * during the rebuild is not overwritten), and the searches that older flow cells hold (both
 * figures) are copied into the rebuilt cells. Run it while nobody writes.
 */
type Item = TableItem;
type Counters = Map<string, Record<string, number>>;
/** What only searches count; nothing to recompute them from. */
const SEARCH_FIELDS = ["matchSearches", "zeroResultSearches"];
const SORT = {
  place: listingKey("place", "").SK,
  offer: listingKey("offer", "").SK,
  referral: referralKey("").SK,
  erased: anonymousReferralKey("").SK,
  outcome: outcomeEventKey("").SK,
};

function add(counters: Counters, pk: string, sk: string, field: string, value: number) {
  const key = `${pk}|${sk}`;
  const figures = counters.get(key) ?? {};
  figures[field] = (figures[field] ?? 0) + value;
  counters.set(key, figures);
}

const flow = (
  counters: Counters,
  e: { org: string; district: string; group: string; month: string; field: string; recorded?: string },
) => {
  for (const pk of [flowCounterPartition(e.month), flowCounterPartition(e.month, e.org)]) {
    add(counters, pk, `${e.district}#${e.group}`, e.field, 1);
  }
  // An outcome dated back into an earlier month (shared/db/statistics-counters.ts).
  if (e.recorded && e.recorded > e.month)
    add(
      counters,
      lateFlowCounterPartition(e.recorded),
      lateFlowCounterSortKey(e.month, e.district, e.group),
      e.field,
      1,
    );
};

/**
 * The counters as the items say they should be; search figures, which no item records, are
 * carried over from the counter items as they are (search partitions included).
 */
export function expectedCounters(items: Item[]): Counters {
  const counters: Counters = new Map();
  for (const item of items) {
    const kind: ListingKind | undefined =
      item.SK === SORT.place ? "place" : item.SK === SORT.offer ? "offer" : undefined;
    if (kind) {
      for (const [cell, figures] of stockDelta(kind, undefined, item as unknown as Listing)) {
        for (const [field, value] of Object.entries(figures))
          add(counters, stockCounterPartition, cell, field, value ?? 0);
      }
    } else if (item.SK === SORT.referral) {
      const r = item as unknown as {
        org: string;
        profile: { occupation: string; district: { code: string } };
        history: { status: string; at: string }[];
      };
      for (const h of r.history) {
        flow(counters, {
          org: r.org,
          district: r.profile.district.code,
          group: kldbGroup(r.profile.occupation),
          month: h.at.slice(0, 7),
          field: h.status,
        });
      }
    } else if (item.SK === SORT.erased) {
      const r = item as unknown as {
        org: string;
        occupation: string;
        district: string;
        events: { status: string; month: string }[];
      };
      for (const e of r.events)
        flow(counters, {
          org: r.org,
          district: r.district,
          group: kldbGroup(r.occupation),
          month: e.month,
          field: e.status,
        });
    } else if (item.SK === SORT.outcome) {
      // What a milestone counted (shared/db/milestone-repository.ts); it outlives the candidate.
      const o = item as unknown as {
        org: string;
        district: string;
        group: string;
        month: string;
        recorded?: string;
        fields: string[];
      };
      for (const field of o.fields) flow(counters, { ...o, field });
    } else if (item.PK.startsWith(STATS_PREFIX)) {
      for (const field of SEARCH_FIELDS) {
        const value = item[field];
        if (typeof value === "number") add(counters, item.PK, item.SK, field, value);
      }
    }
  }
  return counters;
}

export async function rebuildCounters(deps: Deps): Promise<{ counters: number; removed: number }> {
  const items = await scanTable(deps);
  const expected = expectedCounters(items);
  const rebuilt = (pk: string) => pk.startsWith(STATS_PREFIX) && !isSearchCounterPartition(pk);
  const stale = items.filter((i) => rebuilt(i.PK) && !expected.has(`${i.PK}|${i.SK}`));
  const cells = [...expected]
    .map(([key, figures]) => {
      const [PK = "", SK = ""] = key.split("|");
      return { PK, SK, ...figures };
    })
    .filter((cell) => rebuilt(cell.PK));
  const requests = [
    ...stale.map((i) => ({ DeleteRequest: { Key: { PK: i.PK, SK: i.SK } } })),
    ...cells.map((Item) => ({ PutRequest: { Item } })),
  ];
  for (let i = 0; i < requests.length; i += 25) {
    let pending: Record<string, typeof requests> = { [deps.tableName]: requests.slice(i, i + 25) };
    while (Object.keys(pending).length) {
      const { UnprocessedItems } = await deps.db.send(new BatchWriteCommand({ RequestItems: pending }));
      pending = (UnprocessedItems ?? {}) as typeof pending;
    }
  }
  return { counters: cells.length, removed: stale.length };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const result = await rebuildCounters(depsFromEnv());
  console.log(`Zähler neu berechnet: ${result.counters} Zellen, ${result.removed} veraltete entfernt.`);
}
