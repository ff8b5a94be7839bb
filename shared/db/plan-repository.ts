import { GetCommand } from "@aws-sdk/lib-dynamodb";
import type { Deps } from "../runtime.ts";
import type { SavedPlan } from "../schemas/qualification-plan.ts";
import { epochOf } from "./candidate-items.ts";
import { planKey } from "./keys.ts";
import { withoutKeys } from "./query-page.ts";
import { TTL_ATTRIBUTE } from "./table-definition.ts";
import type { TransactItem } from "./transact.ts";
import { versionGuard } from "./transact.ts";

/** The topics a plan has counted as unmet demand in a month: each once per candidate and month. */
export interface DemandCounted {
  month: string;
  keys: string[];
}

export interface StoredPlan extends SavedPlan {
  demandCounted?: DemandCounted;
}

const KEY_ATTRIBUTES = ["PK", "SK", TTL_ATTRIBUTE];

/**
 * A candidate's saved plan: one item in its partition (shared/db/keys.ts), expiring with the
 * candidate (its TTL is the candidate's and moves with it, candidate-items.ts), erased with it.
 */
export function planRepository(deps: Deps) {
  return {
    async get(candidateId: string): Promise<StoredPlan | undefined> {
      const { Item } = await deps.db.send(
        new GetCommand({ TableName: deps.tableName, Key: planKey(candidateId), ConsistentRead: true }),
      );
      return Item ? withoutKeys<StoredPlan>(Item, KEY_ATTRIBUTES) : undefined;
    },

    /** Replaces the plan only at the version read (or creates it only if none exists). */
    putAction(
      candidate: { id: string; expiresAt: string },
      previous: StoredPlan | undefined,
      next: StoredPlan,
    ): TransactItem {
      return {
        Put: {
          TableName: deps.tableName,
          Item: { ...next, ...planKey(candidate.id), [TTL_ATTRIBUTE]: epochOf(candidate.expiresAt) },
          ...(previous
            ? versionGuard(previous.version)
            : { ConditionExpression: "attribute_not_exists(PK)" }),
        },
      };
    },
  };
}
