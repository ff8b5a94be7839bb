import { describe, expect, it } from "vitest";
import { backoffMs, NotYet, type RetryIo, withRetries } from "../../shared/db/retry.ts";

const policy = { attempts: 4, baseMs: 10, capMs: 50 };

function fakeIo(random = 1) {
  const slept: number[] = [];
  const warnings: Record<string, unknown>[] = [];
  const io: RetryIo = {
    sleep: async (ms) => {
      slept.push(ms);
    },
    random: () => random,
    warn: (message, fields) => warnings.push({ message, ...fields }),
  };
  return { io, slept, warnings };
}

describe("one retry policy", () => {
  it("backs off exponentially with full jitter, capped", () => {
    expect([1, 2, 3, 4].map((n) => backoffMs(policy, n, () => 1))).toEqual([20, 40, 50, 50]);
    expect(backoffMs(policy, 3, () => 0.5)).toBe(25);
    expect(backoffMs(policy, 3, () => 0)).toBe(0);
  });

  it("retries what is not finished yet and returns the first success", async () => {
    const { io, slept, warnings } = fakeIo();
    let calls = 0;
    const value = await withRetries(
      "test",
      policy,
      async (n) => {
        calls++;
        if (n < 3) throw new NotYet();
        return "done";
      },
      { giveUp: () => new Error("gave up") },
      io,
    );
    expect(value).toBe("done");
    expect(calls).toBe(3);
    expect(slept).toEqual([20, 40]);
    expect(warnings).toEqual([]);
  });

  it("gives up after the cap, logs it (name and count only) and throws", async () => {
    const { io, slept, warnings } = fakeIo(0.5);
    const attempt = async (): Promise<never> => {
      throw new NotYet();
    };
    await expect(
      withRetries("batch", policy, attempt, { giveUp: () => new Error("gave up") }, io),
    ).rejects.toThrow("gave up");
    expect(slept).toEqual([10, 20, 25]);
    expect(warnings).toEqual([{ message: "retries exhausted", retry: "batch", attempts: 4 }]);
  });

  it("retries only what `retryable` accepts; anything else goes straight through", async () => {
    const { io, slept } = fakeIo();
    class Stale extends Error {}
    let calls = 0;
    const attempt = async () => {
      calls++;
      throw calls === 1 ? new Stale() : new TypeError("bug");
    };
    await expect(
      withRetries(
        "x",
        policy,
        attempt,
        { retryable: (e) => e instanceof Stale, giveUp: () => new Error() },
        io,
      ),
    ).rejects.toThrow(TypeError);
    expect(calls).toBe(2);
    expect(slept).toEqual([20]);
  });
});
