import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { TopicCount } from "../domain/topic-uses.ts";
import type { Deps } from "../runtime.ts";
import { topicCounterPartition } from "./keys.ts";

/** A Berufsgruppe's topics read at most: bounds GET /topics (a few pages of ~100-byte items). */
export const MAX_TOPICS_READ = 2000;

/**
 * The topics of a Berufsgruppe with their counts, those whose key starts with `keyPrefix` (all
 * for ""): one Query of the group's counters in key order, at most MAX_TOPICS_READ of them.
 */
export async function readTopicCounts(deps: Deps, group: string, keyPrefix: string): Promise<TopicCount[]> {
  const counts: TopicCount[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await deps.db.send(
      new QueryCommand({
        TableName: deps.tableName,
        KeyConditionExpression: keyPrefix ? "PK = :pk AND begins_with(SK, :prefix)" : "PK = :pk",
        ExpressionAttributeValues: {
          ":pk": topicCounterPartition(group),
          ...(keyPrefix ? { ":prefix": keyPrefix } : {}),
        },
        ProjectionExpression: "topic, #uses",
        ExpressionAttributeNames: { "#uses": "uses" },
        Limit: MAX_TOPICS_READ - counts.length,
        ExclusiveStartKey: start,
      }),
    );
    for (const item of page.Items ?? [])
      counts.push({ topic: String(item.topic ?? ""), count: Number(item.uses ?? 0) });
    start = page.LastEvaluatedKey;
  } while (start && counts.length < MAX_TOPICS_READ);
  return counts;
}
