import { GetCommand } from "@aws-sdk/lib-dynamodb";
import type { Deps } from "../runtime.ts";
import type { SavedPlan } from "../schemas/qualification-plan.ts";
import { planKey } from "./keys.ts";
import { withoutKeys } from "./query-page.ts";
import { TTL_ATTRIBUTE } from "./table-definition.ts";

/** The topics a plan has counted as unmet demand in a month: each once per candidate and month. */
export interface DemandCounted {
  month: string;
  keys: string[];
}

export interface StoredPlan extends SavedPlan {
  demandCounted?: DemandCounted;
}

const KEY_ATTRIBUTES = ["PK", "SK", TTL_ATTRIBUTE];

/** A candidate's saved plan, read by key (no write here: the read-only handout function reads it too). */
export async function readPlan(deps: Deps, candidateId: string): Promise<StoredPlan | undefined> {
  const { Item } = await deps.db.send(
    new GetCommand({ TableName: deps.tableName, Key: planKey(candidateId), ConsistentRead: true }),
  );
  return Item ? withoutKeys<StoredPlan>(Item, KEY_ATTRIBUTES) : undefined;
}

/** What a caller is shown of a stored plan: without the demand bookkeeping. */
export function planView(stored: StoredPlan): SavedPlan {
  const { demandCounted: _counted, ...plan } = stored;
  return plan;
}
