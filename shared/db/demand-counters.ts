import type { DemandCell } from "../domain/demand-report.ts";
import type { Deps } from "../runtime.ts";
import { demandCounterPartition, demandSortKey, parseDemandSortKey } from "./keys.ts";
import { queryAll } from "./query-page.ts";
import type { TransactItem } from "./transact.ts";

/** Where a saved plan's uncovered topics count: the candidate's district and Berufsgruppe, this month. */
export interface DemandPlace {
  month: string;
  district: string;
  group: string;
}

/**
 * One more case for each topic, in the plan's transaction (ADD is commutative: concurrent saves of
 * other candidates never lose an increment). The first wording of a topic is kept to show it.
 */
export const demandActions = (
  deps: Deps,
  at: DemandPlace,
  topics: readonly { key: string; topic: string }[],
): TransactItem[] =>
  topics.map((t) => ({
    Update: {
      TableName: deps.tableName,
      Key: { PK: demandCounterPartition(at.month), SK: demandSortKey(at.district, at.group, t.key) },
      UpdateExpression: "SET #topic = if_not_exists(#topic, :topic) ADD #needs :one",
      ExpressionAttributeNames: { "#topic": "topic", "#needs": "needs" },
      ExpressionAttributeValues: { ":topic": t.topic, ":one": 1 },
    },
  }));

/** The counters of these months: one partition per month, never the plans. */
export async function readDemand(deps: Deps, months: readonly string[]): Promise<DemandCell[]> {
  const pages = await Promise.all(
    months.map(async (month) => {
      const { items } = await queryAll(deps, {
        TableName: deps.tableName,
        KeyConditionExpression: "PK = :pk",
        ExpressionAttributeValues: { ":pk": demandCounterPartition(month) },
      });
      return items.map((item) => ({
        month,
        ...parseDemandSortKey(String(item.SK)),
        topic: String(item.topic),
        needs: Number(item.needs),
      }));
    }),
  );
  return pages.flat();
}
