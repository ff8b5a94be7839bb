import type { TopicUseChange } from "../domain/topic-uses.ts";
import type { Deps } from "../runtime.ts";
import { topicChangeMarkerKey, topicCounterKey } from "./keys.ts";
import { TTL_ATTRIBUTE } from "./table-definition.ts";
import { type TransactItem, transactWrite } from "./transact.ts";

/** Counter updates per transaction: DynamoDB takes 100 actions, one is the marker. */
const PER_TRANSACTION = 99;
/** Markers outlive the stream's 24-hour retention: no record can come again after that. */
const MARKER_DAYS = 2;

class AlreadyApplied extends Error {}

function counterUpdate(deps: Deps, change: TopicUseChange): TransactItem {
  // ADD is commutative: changes of several items to one counter never lose one another's.
  // The display form follows the latest use that added the topic.
  return {
    Update: {
      TableName: deps.tableName,
      Key: topicCounterKey(change.group, change.key),
      UpdateExpression: change.by > 0 ? "SET topic = :topic ADD #uses :by" : "ADD #uses :by",
      ExpressionAttributeNames: { "#uses": "uses" },
      ExpressionAttributeValues: { ":by": change.by, ...(change.by > 0 ? { ":topic": change.topic } : {}) },
    },
  };
}

/**
 * Applies the changes of one stream record exactly once: in parts of 99 counter updates, each in
 * one transaction with a marker for that part (attribute_not_exists). A redelivered record finds
 * its applied parts marked and skips them; the order of the changes is fixed, so the parts are too.
 */
export async function applyTopicChanges(
  deps: Deps,
  eventId: string,
  changes: readonly TopicUseChange[],
): Promise<void> {
  const expires = Math.floor(deps.clock().getTime() / 1000) + MARKER_DAYS * 86_400;
  for (let part = 0; part * PER_TRANSACTION < changes.length; part++) {
    const slice = changes.slice(part * PER_TRANSACTION, (part + 1) * PER_TRANSACTION);
    const marker: TransactItem = {
      Put: {
        TableName: deps.tableName,
        Item: { ...topicChangeMarkerKey(eventId, part), [TTL_ATTRIBUTE]: expires },
        ConditionExpression: "attribute_not_exists(PK)",
      },
    };
    try {
      await transactWrite(
        deps,
        { marker: [marker], counters: slice.map((c) => counterUpdate(deps, c)) },
        () => new AlreadyApplied(),
      );
    } catch (error) {
      if (!(error instanceof AlreadyApplied)) throw error;
    }
  }
}
