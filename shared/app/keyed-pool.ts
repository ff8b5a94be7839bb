/** A write that must not run while another one touching any of the same table items is running. */
export interface KeyedTask {
  keys: readonly string[];
  run: () => Promise<void>;
}

/** How far ahead of the queue a free task is looked for. */
const LOOKAHEAD = 200;

/**
 * Runs tasks `limit` at a time, but never two that share a key: two transactions on the same
 * item (e.g. a statistics counter that many rows add to) would cancel each other in DynamoDB.
 * Starts nothing after `deadline` (epoch ms); resolves to how many tasks never started. The
 * first failure stops new starts, waits for the running tasks, and is thrown.
 */
export async function runKeyed(
  tasks: readonly KeyedTask[],
  limit: number,
  deadline: number,
): Promise<number> {
  const pending = [...tasks];
  const held = new Set<string>();
  const running = new Set<Promise<void>>();
  let failure: { error: unknown } | undefined;
  while (running.size || (pending.length && !failure && Date.now() < deadline)) {
    const window = pending.slice(0, LOOKAHEAD);
    const free =
      running.size < limit && !failure && Date.now() < deadline
        ? window.findIndex((task) => task.keys.every((key) => !held.has(key)))
        : -1;
    const [task] = free >= 0 ? pending.splice(free, 1) : [];
    if (!task) {
      if (!running.size) break;
      await Promise.race(running);
      continue;
    }
    for (const key of task.keys) held.add(key);
    const done: Promise<void> = task
      .run()
      .catch((error: unknown) => {
        failure ??= { error };
      })
      .finally(() => {
        for (const key of task.keys) held.delete(key);
        running.delete(done);
      });
    running.add(done);
  }
  if (failure) throw failure.error;
  return pending.length;
}
