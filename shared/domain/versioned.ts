/**
 * Every stored item carries a version (optimistic locking, ETag) and the time of its last
 * change. The one rule for the state after a change: version + 1 (1 for a new item), updatedAt now.
 */
export const nextVersion = (current: { version: number } | undefined, at: string) => ({
  version: (current?.version ?? 0) + 1,
  updatedAt: at,
});
