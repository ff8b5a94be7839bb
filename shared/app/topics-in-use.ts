import { readTopicCounts } from "../db/topic-counts-read.ts";
import { kldbGroup } from "../domain/kldb.ts";
import { rankTopics } from "../domain/topic-uses.ts";
import { topicKey } from "../vocabulary/topic.ts";
import type { Deps } from "../runtime.ts";

/**
 * GET /topics: the topics used so far in the Berufsgruppe of `occupation` (3 or 5 digits), most
 * used first, those starting with `q` (compared by key) when given. Counts only, in aggregate:
 * never which organisation or candidate uses a topic.
 */
export async function topicsInUse(
  deps: Deps,
  query: { occupation: string; q?: string | undefined; limit: number },
) {
  const group = kldbGroup(query.occupation);
  const counts = await readTopicCounts(deps, group, query.q ? topicKey(query.q) : "");
  return { group, items: rankTopics(counts, query.limit) };
}
