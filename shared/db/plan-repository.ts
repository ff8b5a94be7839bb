import type { Deps } from "../runtime.ts";
import { epochOf } from "./candidate-items.ts";
import { planKey } from "./keys.ts";
import { readPlan, type StoredPlan } from "./plan-read.ts";
import { TTL_ATTRIBUTE } from "./table-definition.ts";
import type { TransactItem } from "./transact.ts";
import { versionGuard } from "./transact.ts";

export type { DemandCounted, StoredPlan } from "./plan-read.ts";

/**
 * A candidate's saved plan: one item in its partition (shared/db/keys.ts), expiring with the
 * candidate (its TTL is the candidate's and moves with it, candidate-items.ts), erased with it.
 */
export function planRepository(deps: Deps) {
  return {
    get: (candidateId: string) => readPlan(deps, candidateId),

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
