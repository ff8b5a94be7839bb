import { PutCommand } from "@aws-sdk/lib-dynamodb";
import type { Deps } from "../runtime.ts";
import { TTL_ATTRIBUTE } from "./table-definition.ts";

/** Why a candidate was erased: a DELETE, its retention ran out, or its `store` consent was withdrawn. */
export type ErasureCause = "explicit" | "expired" | "consent";

/**
 * One erasure, with nothing about the person: the pseudonymous id, its organisation, when, why.
 * Never the case number, the profile or who erased it.
 */
export interface ErasureEntry {
  candidateId: string;
  org: string;
  erasedAt: string;
  how: ErasureCause;
}

/**
 * How long an entry is kept: a point-in-time restore reaches back at most 35 days, so an erasure
 * older than that is part of every state a restore can bring back. Then it expires (TTL).
 */
export const ERASURE_LOG_DAYS = 40;
const DAY_SECONDS = 86_400;

/**
 * The erasure log: what `npm run erasures:reapply` repeats after a point-in-time restore. Written
 * before the erasure deletes anything, so an erasure that fails midway is logged too; the first
 * entry of a candidate stays (a repeated or finished erasure writes nothing).
 */
export function erasureLog(deps: Pick<Deps, "db" | "erasureLogTable">) {
  return {
    async record(entry: ErasureEntry): Promise<void> {
      if (!deps.erasureLogTable) return;
      const expires = Math.floor(Date.parse(entry.erasedAt) / 1000) + ERASURE_LOG_DAYS * DAY_SECONDS;
      await deps.db
        .send(
          new PutCommand({
            TableName: deps.erasureLogTable,
            Item: { ...entry, [TTL_ATTRIBUTE]: expires },
            ConditionExpression: "attribute_not_exists(candidateId)",
          }),
        )
        .catch((error: unknown) => {
          if ((error as Error).name !== "ConditionalCheckFailedException") throw error;
        });
    },
  };
}
