import { randomUUID } from "node:crypto";
import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { OutcomeField } from "../domain/milestone.ts";
import type { Deps } from "../runtime.ts";
import type { Candidate } from "../schemas/candidate.ts";
import type { Milestone } from "../schemas/milestone.ts";
import { candidatePartition, milestoneKey, milestonePrefix, outcomeEventKey } from "./keys.ts";
import { withoutKeys } from "./query-page.ts";
import { flowCounterActions, type FlowCell } from "./statistics-counters.ts";
import { TTL_ATTRIBUTE } from "./table-definition.ts";
import type { TransactItem } from "./transact.ts";

const KEY_ATTRIBUTES = ["PK", "SK", TTL_ATTRIBUTE];
/** A candidate's milestones are few; past this a coach is recording noise. */
export const MAX_MILESTONES_PER_CANDIDATE = 100;

/** A follow-up recorded before its outcome was asked (issue 30) reads "unknown". */
const withStatus = (m: Milestone): Milestone =>
  m.type === "followup.sixMonths" && m.status === undefined ? { ...m, status: "unknown" } : m;

/**
 * Milestones in the candidate's partition (erased with it), expiring with the candidate as it
 * stood when the milestone was written. Their outcome counts go to the statistics counters and an
 * anonymous outcome event in the same transaction, so the figures survive erasure.
 */
export function milestoneRepository(deps: Deps) {
  const table = deps.tableName;
  return {
    async list(candidateId: string): Promise<Milestone[]> {
      const items: Record<string, unknown>[] = [];
      let start: Record<string, unknown> | undefined;
      do {
        const page = await deps.db.send(
          new QueryCommand({
            TableName: table,
            KeyConditionExpression: "PK = :pk AND begins_with(SK, :sk)",
            ExpressionAttributeValues: { ":pk": candidatePartition(candidateId), ":sk": milestonePrefix },
            ConsistentRead: true,
            ExclusiveStartKey: start,
          }),
        );
        items.push(...(page.Items ?? []));
        start = page.LastEvaluatedKey;
      } while (start);
      return items.map((item) => withStatus(withoutKeys<Milestone>(item, KEY_ATTRIBUTES)));
    },

    createActions(candidate: Candidate, milestone: Milestone, counted: OutcomeField[], cell: FlowCell) {
      const put: TransactItem = {
        Put: {
          TableName: table,
          Item: {
            ...milestone,
            ...milestoneKey(candidate.id, milestone.id),
            [TTL_ATTRIBUTE]: Math.floor(Date.parse(candidate.expiresAt) / 1000),
          },
          ConditionExpression: "attribute_not_exists(PK)",
        },
      };
      const outcome: TransactItem[] = counted.length
        ? [
            {
              Put: {
                TableName: table,
                Item: {
                  ...outcomeEventKey(randomUUID()),
                  org: cell.org,
                  district: cell.district,
                  group: cell.group,
                  month: cell.at.slice(0, 7),
                  // The recording month: stats:rebuild restores the late counters from it.
                  recorded: milestone.createdAt.slice(0, 7),
                  fields: counted,
                },
              },
            },
          ]
        : [];
      return {
        milestone: [put],
        outcome,
        counters: counted.length
          ? flowCounterActions(deps, { ...cell, recordedAt: milestone.createdAt }, counted)
          : [],
      };
    },
  };
}
