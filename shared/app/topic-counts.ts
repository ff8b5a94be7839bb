import { candidateKey, listingKey } from "../db/keys.ts";
import { applyTopicChanges } from "../db/topic-counters.ts";
import { caseTopicUses, offerTopicUses, topicUseChanges } from "../domain/topic-uses.ts";
import type { Deps } from "../runtime.ts";
import type { StreamChange, StreamReaction, TableItem } from "./stream-changes.ts";

const OFFER = listingKey("offer", "");
const CANDIDATE = candidateKey("");
const isA = (item: TableItem | undefined, key: { PK: string; SK: string }) =>
  item !== undefined && item.SK === key.SK && String(item.PK).startsWith(key.PK);

/** Which items name topics: an offer (its modules) and a candidate (its case's differences). */
function usesOf(item: TableItem | undefined) {
  if (isA(item, OFFER)) return offerTopicUses(item);
  if (isA(item, CANDIDATE)) return caseTopicUses(item);
  return [];
}

const isTopicSource = (item: TableItem | undefined) => isA(item, OFFER) || isA(item, CANDIDATE);

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
