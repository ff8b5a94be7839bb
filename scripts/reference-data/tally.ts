/** Small deterministic counting helpers for the reference data build. */

export const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

export function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

/** Highest count first, then the caller's tie-breakers, then code-point order: deterministic. */
export function pick(
  counts: Map<string, number>,
  ...tieBreakers: ((a: string, b: string) => number)[]
): string | undefined {
  const ranked = [...counts.keys()].sort((a, b) => {
    const byCount = (counts.get(b) ?? 0) - (counts.get(a) ?? 0);
    if (byCount !== 0) return byCount;
    for (const tie of tieBreakers) {
      const result = tie(a, b);
      if (result !== 0) return result;
    }
    return compare(a, b);
  });
  return ranked[0];
}
