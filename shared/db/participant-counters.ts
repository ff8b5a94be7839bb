import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { Cell } from "../domain/statistics-report.ts";
import type { Deps } from "../runtime.ts";
import {
  lateParticipantPartition,
  parseParticipantCounterSortKey,
  participantCounterPartition,
  participantCounterSortKey,
} from "./keys.ts";
import type { TransactItem } from "./transact.ts";

/** Where a person counts: the district and Berufsgruppe of their entry, in their organisation. */
export interface PersonCell {
  org: string;
  district: string;
  group: string;
}

const add = (deps: Deps, key: { PK: string; SK: string }, fields: readonly string[]): TransactItem => ({
  Update: {
    TableName: deps.tableName,
    Key: key,
    UpdateExpression: `ADD ${fields.map((_, i) => `#f${i} :one`).join(", ")}`,
    ExpressionAttributeNames: Object.fromEntries(fields.map((f, i) => [`#f${i}`, f])),
    ExpressionAttributeValues: { ":one": 1 },
  },
});

/**
 * The counter updates of a write that makes figures true (keys.ts, "People, not events"): per
 * month, the network's and the organisation's cell, and — dated back before the month it is
 * recorded in — the late cell of the recording month. ADD is commutative: concurrent writes lose
 * nothing; the marker's condition (person-counted.ts) keeps a person from being counted twice.
 */
export function participantCounterActions(
  deps: Deps,
  cell: PersonCell,
  months: ReadonlyMap<string, readonly string[]>,
  recordedAt: string,
): TransactItem[] {
  const recorded = recordedAt.slice(0, 7);
  return [...months].flatMap(([month, fields]) => {
    const SK = participantCounterSortKey(month, cell.district, cell.group);
    return [
      add(deps, { PK: participantCounterPartition(), SK }, fields),
      add(deps, { PK: participantCounterPartition(cell.org), SK }, fields),
      ...(recorded > month ? [add(deps, { PK: lateParticipantPartition(recorded), SK }, fields)] : []),
    ];
  });
}

/** Every cell of a partition up to `lastMonth` (inclusive), or all of it: one query, paged. */
async function cells(deps: Deps, pk: string, lastMonth?: string): Promise<Cell[]> {
  const found: Cell[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await deps.db.send(
      new QueryCommand({
        TableName: deps.tableName,
        KeyConditionExpression: lastMonth ? "PK = :pk AND SK < :end" : "PK = :pk",
        // "#" sorts before every digit: "<lastMonth>$" is past each of its cells and before the next month's.
        ExpressionAttributeValues: { ":pk": pk, ...(lastMonth ? { ":end": `${lastMonth}$` } : {}) },
        ExclusiveStartKey: start,
      }),
    );
    for (const { PK: _pk, SK, ...figures } of page.Items ?? [])
      found.push({ ...parseParticipantCounterSortKey(String(SK)), figures });
    start = page.LastEvaluatedKey;
  } while (start);
  return found;
}

/** The network's cells (or one organisation's) of every month up to `lastMonth`. */
export const readParticipantCells = (deps: Deps, lastMonth: string, org?: string) =>
  cells(deps, participantCounterPartition(org), lastMonth);

/** What was recorded in `recordedMonth` for earlier months, network-wide. */
export const readLateParticipantCells = (deps: Deps, recordedMonth: string) =>
  cells(deps, lateParticipantPartition(recordedMonth));
