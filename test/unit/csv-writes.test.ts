import { describe, expect, it } from "vitest";
import type { TransactItem } from "../../shared/db/transact.ts";
import { runKeyed } from "../../shared/app/keyed-pool.ts";
import { addsOf, mergeAdds } from "../../shared/db/merged-adds.ts";

const add = (sk: string, figures: Record<string, number>): TransactItem => {
  const entries = Object.entries(figures);
  return {
    Update: {
      TableName: "t",
      Key: { PK: "STATS#STOCK", SK: sk },
      UpdateExpression: `ADD ${entries.map((_, i) => `#f${i} :v${i}`).join(", ")}`,
      ExpressionAttributeNames: Object.fromEntries(entries.map(([f], i) => [`#f${i}`, f])),
      ExpressionAttributeValues: Object.fromEntries(entries.map(([, v], i) => [`:v${i}`, v])),
    },
  };
};
const put = (pk: string): TransactItem => ({ Put: { TableName: "t", Item: { PK: pk, SK: "X" } } });

describe("mergeAdds", () => {
  it("sums unconditional ADDs on one item and keeps every other action", () => {
    const merged = mergeAdds([
      put("A"),
      add("c1", { offers: 1 }),
      add("c1", { offers: 1, seats: 2 }),
      add("c2", { offers: -1 }),
      put("B"),
    ]);
    expect(merged.filter((a) => a.Put)).toHaveLength(2);
    const adds = merged.flatMap((a) =>
      a.Update ? [[a.Update.Key?.SK, Object.fromEntries(addsOf(a) ?? [])]] : [],
    );
    expect(adds).toEqual([
      ["c1", { offers: 2, seats: 2 }],
      ["c2", { offers: -1 }],
    ]);
    expect(mergeAdds([add("c1", { offers: 1 }), add("c1", { offers: -1 })])).toEqual([]);
  });

  it("leaves conditional updates and anything but ADD alone", () => {
    const conditional = {
      Update: { ...add("c", { n: 1 }).Update, ConditionExpression: "attribute_exists(PK)" },
    } as TransactItem;
    const set = {
      Update: { ...add("c", { n: 1 }).Update, UpdateExpression: "SET #f0 = :v0" },
    } as TransactItem;
    expect([addsOf(conditional), addsOf(set)]).toEqual([undefined, undefined]);
  });
});

describe("runKeyed", () => {
  it("never runs two tasks with a common key at once, and runs the others side by side", async () => {
    const running = new Set<string>();
    let overlap = false;
    let parallel = 0;
    const task = (keys: string[]) => ({
      keys,
      run: async () => {
        if (keys.some((k) => running.has(k))) overlap = true;
        keys.forEach((k) => running.add(k));
        parallel = Math.max(parallel, running.size);
        await new Promise((r) => setTimeout(r, 5));
        keys.forEach((k) => running.delete(k));
      },
    });
    const tasks = Array.from({ length: 30 }, (_, i) => task([`item-${i}`, `counter-${i % 3}`]));
    expect(await runKeyed(tasks, 8, Date.now() + 60_000)).toBe(0);
    expect(overlap).toBe(false);
    expect(parallel).toBe(6);
  });

  it("starts nothing after the deadline and reports what never started", async () => {
    let ran = 0;
    const tasks = Array.from({ length: 5 }, (_, i) => ({ keys: [`k${i}`], run: async () => void ran++ }));
    expect(await runKeyed(tasks, 2, Date.now() - 1)).toBe(5);
    expect(ran).toBe(0);
  });

  it("lets running tasks finish, then throws the first failure", async () => {
    let finished = 0;
    const tasks = [
      { keys: ["a"], run: async () => Promise.reject(new Error("kaputt")) },
      { keys: ["b"], run: async () => void (await new Promise((r) => setTimeout(r, 10)), finished++) },
    ];
    await expect(runKeyed(tasks, 2, Date.now() + 60_000)).rejects.toThrow("kaputt");
    expect(finished).toBe(1);
  });
});
