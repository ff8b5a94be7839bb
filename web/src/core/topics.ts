import { api } from "./api.ts";

/**
 * The topics used so far in a Berufsgruppe (GET /topics?occupation=), most used first, so
 * coaches and providers converge on the same words. The 100 most used are fetched once per
 * Berufsgruppe and session and filtered here while typing (a word inside a topic matches too, not
 * only its start); a failed lookup suggests nothing (typing still works).
 */
interface TopicCount {
  topic: string;
  count: number;
}

const cache = new Map<string, Promise<string[]>>();

export function topicsFor(occupation: string | undefined): Promise<string[]> {
  const code = /^\d{5}/.exec(occupation ?? "")?.[0];
  if (!code) return Promise.resolve([]);
  let topics = cache.get(code);
  if (!topics) {
    topics = api
      .get<{ items: TopicCount[] }>("/topics", { query: { occupation: code, limit: 100 } })
      .then(({ items }) => [...items].sort((a, b) => b.count - a.count).map((t) => t.topic))
      .catch(() => {
        cache.delete(code);
        return [];
      });
    cache.set(code, topics);
  }
  return topics;
}
