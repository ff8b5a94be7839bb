import { kldbGroup } from "./kldb.ts";
import { normaliseTopic, topicKey } from "../vocabulary/topic.ts";

/**
 * Which topics are in use in which Berufsgruppe (GET /topics, issue 28): a published offer uses
 * the topics of its modules in the Berufsgruppe of each of its occupations; a candidate's case
 * uses its differences' topics in the Berufsgruppe of its reference occupation (else of its
 * occupation). Each item counts once per Berufsgruppe and topic key, however often it names it.
 */
export interface TopicUse {
  /** 3-digit KldB Berufsgruppe */
  group: string;
  /** topicKey(topic): what counts as the same topic */
  key: string;
  /** The topic as the item writes it (normalised) */
  topic: string;
}

/** What a stored offer or candidate holds that names topics (fields of either, all optional). */
export interface TopicSource {
  status?: unknown;
  occupations?: unknown;
  modules?: unknown;
  occupation?: unknown;
  recognition?: unknown;
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
const records = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value)
    ? value.filter((v): v is Record<string, unknown> => typeof v === "object" && v !== null)
    : [];
const record = (value: unknown): Record<string, unknown> =>
  typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};

function uses(groups: readonly string[], topics: readonly string[]): TopicUse[] {
  const byKey = new Map<string, TopicUse>();
  for (const group of new Set(groups))
    for (const written of topics) {
      const topic = normaliseTopic(written);
      const key = topicKey(topic);
      if (key !== "" && !byKey.has(`${group}#${key}`)) byKey.set(`${group}#${key}`, { group, key, topic });
    }
  return [...byKey.values()];
}

/** A published offer's module topics, in each of its occupations' Berufsgruppen; a draft or archived offer none. */
export function offerTopicUses(offer: TopicSource | undefined): TopicUse[] {
  if (!offer || offer.status !== "published") return [];
  const topics = records(offer.modules).flatMap((module) => strings(module.topics));
  return uses(strings(offer.occupations).map(kldbGroup), topics);
}

/** A candidate's difference topics, in the Berufsgruppe of the case's reference occupation (else its occupation). */
export function caseTopicUses(candidate: TopicSource | undefined): TopicUse[] {
  if (!candidate) return [];
  const recognition = record(candidate.recognition);
  const reference = record(recognition.referenceOccupation).code;
  const code = typeof reference === "string" ? reference : candidate.occupation;
  if (typeof code !== "string") return [];
  const topics = records(record(recognition.decision).differences).map((d) => d.topic);
  return uses([kldbGroup(code)], strings(topics));
}

/** A change of uses: +1 for a (group, topic) an item newly uses, −1 for one it no longer does. */
export interface TopicUseChange extends TopicUse {
  by: 1 | -1;
}

/** What changes between an item's uses before and after a write, in a fixed order (group, key). */
export function topicUseChanges(before: readonly TopicUse[], after: readonly TopicUse[]): TopicUseChange[] {
  const id = (use: TopicUse) => `${use.group}#${use.key}`;
  const had = new Set(before.map(id));
  const has = new Set(after.map(id));
  const changes: TopicUseChange[] = [
    ...after.filter((use) => !had.has(id(use))).map((use) => ({ ...use, by: 1 as const })),
    ...before.filter((use) => !has.has(id(use))).map((use) => ({ ...use, by: -1 as const })),
  ];
  // Each (group, key) is in one list only, so no two changes have the same id.
  return changes.sort((a, b) => (id(a) < id(b) ? -1 : 1));
}

/** A topic of a Berufsgruppe with how many offers and cases use it. */
export interface TopicCount {
  topic: string;
  count: number;
}

/** The most used first, then by topic (German order); unused topics (count 0) are left out. */
export function rankTopics(counts: readonly TopicCount[], limit: number): TopicCount[] {
  return counts
    .filter((c) => c.count > 0)
    .sort((a, b) => b.count - a.count || a.topic.localeCompare(b.topic, "de"))
    .slice(0, limit);
}
