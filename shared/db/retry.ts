import { logger } from "../logger.ts";

/** How often and how patiently a loop retries: exponential backoff with full jitter, capped. */
export interface RetryPolicy {
  /** Tries in all, the first included. */
  attempts: number;
  baseMs: number;
  capMs: number;
}

/** Sleep, chance and log: injected by tests, real otherwise. */
export interface RetryIo {
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  warn: (message: string, fields: Record<string, unknown>) => void;
}

const realIo: RetryIo = {
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
  warn: (message, fields) => logger.warn(message, fields),
};

/** Full jitter (AWS Architecture Blog, "Exponential Backoff And Jitter"): anywhere in 0…min(cap, base·2^n). */
export const backoffMs = (policy: RetryPolicy, retry: number, random: () => number) =>
  random() * Math.min(policy.capMs, policy.baseMs * 2 ** retry);

/** An attempt that is not finished yet (e.g. unprocessed items left): worth another try. */
export class NotYet extends Error {}

/**
 * Runs `attempt` until it returns, retrying while `retryable` says so (NotYet always is) with
 * backoff between tries. After the last try the give-up is logged — `name` and the count only,
 * never the data — and `giveUp` is thrown: nothing is dropped silently.
 */
export async function withRetries<T>(
  name: string,
  policy: RetryPolicy,
  attempt: (n: number) => Promise<T>,
  options: { retryable?: (error: unknown) => boolean; giveUp: (last: unknown) => Error },
  io: RetryIo = realIo,
): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await attempt(n);
    } catch (error) {
      if (!(error instanceof NotYet) && !options.retryable?.(error)) throw error;
      if (n >= policy.attempts) {
        io.warn("retries exhausted", { retry: name, attempts: n });
        throw options.giveUp(error);
      }
      await io.sleep(backoffMs(policy, n, io.random));
    }
  }
}
