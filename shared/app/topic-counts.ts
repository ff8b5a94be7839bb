import { applyTopicChanges, readTopicCounts } from "../db/topic-counters.ts";
import { kldbGroup } from "../domain/kldb.ts";
import { caseTopicUses, offerTopicUses, rankTopics, topicUseChanges } from "../domain/topic-uses.ts";
import { topicKey } from "../domain/topic.ts";
import type { Deps } from "../runtime.ts";
import type { StreamChange, StreamReaction, TableItem } from "./stream-changes.ts";

/** Which items name topics: an offer (its modules) and a candidate (its case's differences). */
function usesOf(item: TableItem | undefined) {
  if (!item) return [];
  const pk = String(item.PK ?? "");
  if (pk.startsWith("OFFER#") && item.SK === "OFFER") return offerTopicUses(item);
  if (pk.startsWith("CAND#") && item.SK === "CAND") return caseTopicUses(item);
  return [];
}

const isTopicSource = (item: TableItem | undefined) =>
  item !== undefined && (item.SK === "OFFER" || item.SK === "CAND");

/**
 * Keeps GET /topics' counters: each write, erasure or expiry of an offer or a candidate changes
 * them by the difference between the old and the new image, exactly once per stream record.
 * Counted after the write rather than in its transaction: an offer of 30 modules may name 600
 * topics, more than a transaction holds; the counts follow within seconds.
 */
export const topicCounts: StreamReaction = {
  name: "topic-counts",
  handles: (change: StreamChange) => isTopicSource(change.newItem) || isTopicSource(change.oldItem),
  react: async (deps: Deps, change: StreamChange) => {
    const changes = topicUseChanges(usesOf(change.oldItem), usesOf(change.newItem));
    if (changes.length > 0) await applyTopicChanges(deps, change.eventId, changes);
  },
};

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
