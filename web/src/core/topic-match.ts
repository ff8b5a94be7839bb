/** Which topics to suggest for what is typed (pure: no DOM, no API; unit-tested). */
const folded = (text: string) =>
  text.normalize("NFKD").replace(/\p{M}/gu, "").toLocaleLowerCase("de").replace(/\s+/g, " ").trim();

/** The suggestions for what is typed: those containing it, those starting with it first. */
export function matchTopics(topics: readonly string[], typed: string, limit = 8): string[] {
  const q = folded(typed);
  if (!q) return topics.slice(0, limit);
  const hits = topics.filter((t) => folded(t).includes(q));
  return [...hits.filter((t) => folded(t).startsWith(q)), ...hits.filter((t) => !folded(t).startsWith(q))]
    .filter((t) => folded(t) !== q)
    .slice(0, limit);
}
