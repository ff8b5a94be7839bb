import { type GermanLevel, levelsBelow } from "./german-level.ts";
import type { PlanCase } from "./plan-model.ts";
import type { LearningKind } from "../schemas/recognition.ts";
import { topicKey } from "../vocabulary/topic.ts";

// Topics are compared by the one rule of topic.ts (also GET /topics and the CSV).
export { topicKey };

/** What the plan has to close: a difference of the Bescheid, or the German level required. */
export interface Need {
  topic: string;
  key: string;
  /** What coverage counts: the hours, or 1 where the Bescheid names none. */
  weight: number;
  kind: LearningKind;
  /** The German level the body requires: closed only by a course that leads to it. */
  german?: GermanLevel;
}

/** The topic a German requirement is listed under (a word coaches and providers also use). */
export const germanTopic = (level: GermanLevel) => `Deutsch ${level}`;

/**
 * The decision's differences (each topic once: the first wording counts) and, when the required
 * German level is above the candidate's, that level as one more need of weight 1.
 */
export function needsOf(c: PlanCase): Need[] {
  const needs: Need[] = [];
  const seen = new Set<string>();
  const add = (need: Need) => {
    if (seen.has(need.key)) return;
    seen.add(need.key);
    needs.push(need);
  };
  for (const d of c.differences) {
    add({ topic: d.topic, key: topicKey(d.topic), weight: d.hours ?? 1, kind: d.kind });
  }
  const required = c.requiredGermanLevel;
  if (required && c.germanLevel && levelsBelow(c.germanLevel, required) > 0) {
    const topic = germanTopic(required);
    add({ topic, key: topicKey(topic), weight: 1, kind: "language", german: required });
  }
  return needs;
}

/** The share of the needs' weight that is covered, 0–1 to three places; nothing to cover is 1. */
export function coverageOf(needs: readonly Need[], open: ReadonlySet<string>): number {
  const total = needs.reduce((sum, n) => sum + n.weight, 0);
  if (total === 0) return 1;
  const covered = needs.filter((n) => !open.has(n.key)).reduce((sum, n) => sum + n.weight, 0);
  return Math.round((covered / total) * 1000) / 1000;
}
