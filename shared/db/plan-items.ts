import { BatchGetCommand } from "@aws-sdk/lib-dynamodb";
import { ServiceUnavailableError } from "../domain/errors.ts";
import { isMatchable, type Listing, type ListingKind } from "../domain/listing.ts";
import type { Deps } from "../runtime.ts";
import { listingKey, organisationKey } from "./keys.ts";
import { NotYet, type RetryPolicy, withRetries } from "./retry.ts";

/** One BatchGet request holds at most 100 keys: the plan reads no more (plan-context.ts sizes its ask). */
export const PLAN_BATCH_KEYS = 100;
const UNPROCESSED: RetryPolicy = { attempts: 4, baseMs: 20, capMs: 320 };

/**
 * Only what the plan reads of an offer or place (its modules, dates, title, what decides whether
 * it still matches) and an organisation's name: never the descriptions, so a plan's read stays small.
 */
const ATTRIBUTES = [
  "PK",
  "SK",
  "id",
  "org",
  "title",
  "kind",
  "provider",
  "modules",
  "fullTime",
  "rolling",
  "start",
  "end",
  "durationWeeks",
  "targetGermanLevel",
  "status",
  "seats",
  "capacity",
  "acceptedCount",
  "availableFrom",
  "name",
];

export interface PlanItems {
  offers: Map<string, Listing>;
  places: Map<string, Listing>;
  names: Map<string, string>;
  requests: number;
}

/**
 * The offers and places a plan may use, and the places' organisations' names, in one BatchGet
 * (unprocessed keys are sent again). Items that no longer match (unpublished, full) are left out.
 */
export async function readPlanItems(
  deps: Pick<Deps, "db" | "tableName">,
  ask: { offers: string[]; places: string[]; orgs: string[] },
): Promise<PlanItems> {
  const keys: Record<string, unknown>[] = [
    ...ask.offers.map((id) => listingKey("offer", id)),
    ...ask.places.map((id) => listingKey("place", id)),
    ...[...new Set(ask.orgs)].map(organisationKey),
  ];
  const result: PlanItems = { offers: new Map(), places: new Map(), names: new Map(), requests: 0 };
  const names = Object.fromEntries(ATTRIBUTES.map((a, i) => [`#a${i}`, a]));
  for (let i = 0; i < keys.length; i += PLAN_BATCH_KEYS) {
    let pending = keys.slice(i, i + PLAN_BATCH_KEYS);
    await withRetries(
      "plan items",
      UNPROCESSED,
      async () => {
        result.requests++;
        const out = await deps.db.send(
          new BatchGetCommand({
            RequestItems: {
              [deps.tableName]: {
                Keys: pending,
                ProjectionExpression: Object.keys(names).join(", "),
                ExpressionAttributeNames: names,
              },
            },
          }),
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

function take(result: PlanItems, item: Record<string, unknown>) {
  const { PK, SK, ...rest } = item;
  if (String(PK).startsWith(organisationKey("").PK)) {
    if (typeof rest.org === "string" && typeof rest.name === "string") result.names.set(rest.org, rest.name);
    return;
  }
  const kind: ListingKind = SK === listingKey("place", "").SK ? "place" : "offer";
  const listing = rest as unknown as Listing;
  if (!isMatchable(kind, listing)) return;
  (kind === "place" ? result.places : result.offers).set(listing.id, listing);
}
